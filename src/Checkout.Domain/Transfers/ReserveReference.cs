using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// <c>reserve_{ocid}</c> in a proof's <c>to.reference</c>: the partner with that OCID tops up the reserve it holds with
/// us (docs/decisions.md).
/// </summary>
public static class ReserveReference
{
    public const string Prefix = "reserve_";

    public static string For(Ocid partner) => Prefix + partner;

    public static bool TryParse(string? reference, out Ocid partner)
    {
        partner = default;
        return reference is not null
            && reference.StartsWith(Prefix, StringComparison.Ordinal)
            && Ocid.TryParse(reference[Prefix.Length..], out partner);
    }
}
