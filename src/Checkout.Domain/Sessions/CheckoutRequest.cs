using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// A verified order ready to become a session: where it came from, the merchant-signed order, where to send the
/// shopper, the OCIDs whose proofs the merchant accepts (the order's, or its metadata's when the order has none —
/// gaps.md G15) and how a proof to the calling gateway is addressed (G19).
/// </summary>
public sealed record CheckoutRequest(
    OrderOrigin Origin,
    SignedOrder Order,
    RedirectUrls Urls,
    IReadOnlyList<Ocid> Accepts,
    ProofAddressing GatewayAddressing);
