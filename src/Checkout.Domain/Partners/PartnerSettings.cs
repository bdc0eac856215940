using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>Everything an operator states about a partner, from configuration or the admin page.</summary>
public sealed record PartnerSettings(
    Ocid Ocid,
    string Name,
    PartnerRoles Roles,
    ProofAddressing ProofAddressing,
    IReadOnlyList<string> RedirectHosts,
    IReadOnlyList<Currency> ReserveCurrencies,
    IReadOnlyList<HoldingSettings> Holdings);

/// <summary>Funds we hold at the partner in one currency: the mirrored balance and the low-balance warning level.</summary>
public sealed record HoldingSettings(Money Balance, Money LowBalanceThreshold)
{
    public Currency Currency => Balance.Currency;
}
