namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>What a partner is to us; one partner may play both parts.</summary>
[Flags]
public enum PartnerRoles
{
    None = 0,

    /// <summary>Forwards hosted checkouts to us, and may hold a reserve of ours or take <c>/payment/create</c> calls.</summary>
    MerchantGateway = 1,

    /// <summary>A bank or broker whose <c>/transfer/create</c> moves money we hold there.</summary>
    SettlementProvider = 2,
}
