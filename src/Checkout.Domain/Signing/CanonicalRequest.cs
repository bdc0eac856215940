using System.Globalization;

namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>The string a request signature covers (authentication.md §3).</summary>
public static class CanonicalRequest
{
    /// <summary>
    /// <c>ocid\ntimestamp\nnonce\nMETHOD\npathAndQuery\nbodyHash</c>, no trailing newline. The path is the
    /// request-target as sent, query included, neither decoded nor normalised (gaps.md G5).
    /// </summary>
    public static string Build(string ocid, string timestamp, string nonce, string method, string pathAndQuery, string bodyHash)
    {
        CanonicalField.EnsureSingleLine(ocid, nameof(ocid));
        CanonicalField.EnsureSingleLine(timestamp, nameof(timestamp));
        CanonicalField.EnsureSingleLine(nonce, nameof(nonce));
        CanonicalField.EnsureSingleLine(method, nameof(method));
        CanonicalField.EnsureSingleLine(pathAndQuery, nameof(pathAndQuery));
        CanonicalField.EnsureSingleLine(bodyHash, nameof(bodyHash));

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ocid}\n{timestamp}\n{nonce}\n{method.ToUpperInvariant()}\n{pathAndQuery}\n{bodyHash}");
    }
}
