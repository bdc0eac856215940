namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>
/// Guards the LF-joined canonical strings: a field holding a line feed would shift the others, so two different
/// requests could share one canonical string and one signature.
/// </summary>
internal static class CanonicalField
{
    public static void EnsureSingleLine(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Contains('\n'))
        {
            throw new ArgumentException("A canonical-string field cannot contain a line feed.", paramName);
        }
    }
}
