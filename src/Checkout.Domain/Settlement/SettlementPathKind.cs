namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>The ways a payment can reach an issuer in the merchant's accepts (settlement.md), cheapest first.</summary>
public enum SettlementPathKind
{
    /// <summary>Our OCID is accepted: we credit the merchant's balance and sign the proof ourselves.</summary>
    Direct,

    /// <summary>
    /// The calling merchant gateway is accepted: we credit what we owe it and send it our proof; it proves the payment
    /// to the merchant (hosted checkout, gaps.md G19/G29).
    /// </summary>
    GatewayAccount,

    /// <summary>We hold a reserve at an accepted merchant gateway: its <c>/transfer/create</c> pays the merchant.</summary>
    PartnerReserve,

    /// <summary>
    /// An accepted merchant gateway accepts proofs from a provider where we hold funds:
    /// <c>/payment/create</c> → provider <c>/transfer/create</c> → <c>/payment/settle</c>.
    /// </summary>
    CommonProvider,

    /// <summary>gaps.md G28: provider → intermediaries → accepted gateway, each hop two-step, at most 3 hops.</summary>
    Chain,
}
