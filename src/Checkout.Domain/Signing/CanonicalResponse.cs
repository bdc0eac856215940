using System.Globalization;

namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>The string a response signature covers (authentication.md §4); responses carry no nonce.</summary>
public static class CanonicalResponse
{
    /// <summary><c>ocid\ntimestamp\nstatusCode\nbodyHash</c>, no trailing newline.</summary>
    public static string Build(string ocid, string timestamp, int statusCode, string bodyHash)
    {
        CanonicalField.EnsureSingleLine(ocid, nameof(ocid));
        CanonicalField.EnsureSingleLine(timestamp, nameof(timestamp));
        CanonicalField.EnsureSingleLine(bodyHash, nameof(bodyHash));

        return string.Create(CultureInfo.InvariantCulture, $"{ocid}\n{timestamp}\n{statusCode}\n{bodyHash}");
    }
}
