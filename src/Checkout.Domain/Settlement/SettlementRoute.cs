using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>Whom we credit and whose <c>/transfer/webhook</c> gets our proof (settlement.md, "Hosted checkout").</summary>
public sealed record SettlementRoute(AccountOwner CreditedAccount, Ocid ProofRecipient, ProofAddressing Addressing)
{
    public bool IsDirect => CreditedAccount.Kind == AccountOwnerKind.Merchant;
}
