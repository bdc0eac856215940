using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// Chooses how a hosted checkout settles. settlement.md path 1: our OCID in the merchant's accepts → we hold the
/// merchant's balance and prove the payment to it ourselves. Otherwise the calling gateway must be accepted by the
/// merchant: we credit the gateway and send it our proof, and it proves the payment to the merchant (gaps.md G19).
/// </summary>
public static class SettlementPlanner
{
    public static Result<SettlementRoute> Plan(Ocid us, Ocid merchantGateway, Ocid merchant, IReadOnlyList<Ocid> accepts, ProofAddressing gatewayAddressing)
    {
        if (accepts.Contains(us))
        {
            return new SettlementRoute(AccountOwner.Merchant(merchant), merchant, ProofAddressing.MerchantOrder);
        }
        if (accepts.Contains(merchantGateway))
        {
            return new SettlementRoute(AccountOwner.MerchantGateway(merchantGateway), merchantGateway, gatewayAddressing);
        }
        return new DomainError(
            "settlement.not_supported",
            $"Neither this gateway ({us}) nor the calling merchant gateway ({merchantGateway}) is in the order's accepts list.");
    }
}
