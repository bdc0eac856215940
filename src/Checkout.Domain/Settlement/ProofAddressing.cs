namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>How a hosted-checkout proof sent to a merchant gateway is addressed (gaps.md G19).</summary>
public enum ProofAddressing
{
    /// <summary>PG docs: <c>to</c> = {merchant OCID, order id}. The default.</summary>
    MerchantOrder,

    /// <summary>MG transfer-webhook page: <c>to</c> = {gateway OCID, session id}; chosen per gateway.</summary>
    GatewaySession,
}
