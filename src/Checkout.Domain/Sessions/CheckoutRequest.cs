using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// A verified <c>/checkout/create</c>: the calling gateway, the merchant-signed order, where to send the shopper, and
/// the OCIDs whose proofs the merchant accepts (the order's, or its metadata's when the order has none — gaps.md G15).
/// </summary>
public sealed record CheckoutRequest(
    Ocid MerchantGateway,
    SignedOrder Order,
    RedirectUrls Urls,
    IReadOnlyList<Ocid> Accepts,
    ProofAddressing GatewayAddressing);
