using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// Whom we credit and whose <c>/transfer/webhook</c> gets our proof (settlement.md, "Hosted checkout"), and the path
/// the money takes. For a remote path the shopper's money waits in <see cref="AccountOwner.SettlementInFlight"/> of
/// the funding partner until the final proof arrives; the proof the merchant receives comes from the path's last hop.
/// </summary>
public sealed record SettlementRoute(AccountOwner CreditedAccount, Ocid ProofRecipient, ProofAddressing Addressing)
{
    public SettlementPath Path { get; init; } = CreditedAccount.Kind == AccountOwnerKind.Merchant ? SettlementPath.Direct : SettlementPath.GatewayAccount;

    public bool IsDirect => Path.Kind == SettlementPathKind.Direct;

    /// <summary>A remote path: the shopper's debit waits in flight; the last hop proves the payment to the merchant.</summary>
    public static SettlementRoute Remote(SettlementPath path, Ocid merchant) =>
        new(AccountOwner.SettlementInFlight(path.FundingPartner ?? throw new ArgumentException("A remote route needs hops.", nameof(path))), merchant, ProofAddressing.MerchantOrder)
        {
            Path = path,
        };
}
