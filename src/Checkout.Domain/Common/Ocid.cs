namespace OpenCharge.Checkout.Domain.Common;

/// <summary>An Opencharge identity: the token id of a Router Registry entry (objects.md, "OCID").</summary>
public readonly record struct Ocid(long Value)
{
    /// <summary>gaps.md G18: 0 means "no OCID" and is never a valid sender.</summary>
    public bool IsAssigned => Value > 0;

    public static bool TryParse(string? text, out Ocid ocid)
    {
        ocid = default;
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }
        ocid = new Ocid(value);
        return true;
    }

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
