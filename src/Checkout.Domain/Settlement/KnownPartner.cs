using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>A partner as the path finder sees it: its roles and the mirrored balances of the funds we hold there.</summary>
public sealed record KnownPartner(Ocid Ocid, PartnerRoles Roles, IReadOnlyList<Money> Holdings)
{
    public static KnownPartner From(Partner partner) =>
        new(partner.Ocid, partner.Roles, [.. partner.Holdings.Select(h => h.MirroredBalance)]);

    public bool Is(PartnerRoles role) => (Roles & role) == role;

    public bool Covers(Money amount) => Holdings.Any(h => h.Currency == amount.Currency && h.Minor >= amount.Minor);
}
