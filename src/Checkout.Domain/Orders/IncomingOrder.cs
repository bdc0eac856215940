using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// An order as it arrives, its signature not yet checked: <paramref name="ClaimedMerchant"/> is whom the caller says
/// signed it (<c>/checkout/create</c>'s <c>merchantOcid</c>, or the merchant calling <c>/orders/create/{sessionId}</c>).
/// </summary>
public sealed record IncomingOrder(SignedOrder Order, Ocid ClaimedMerchant, RedirectUrls Urls, OrderOrigin Origin)
{
    /// <summary>The merchant sent no URLs and <see cref="Urls"/> is our fallback, which the merchant's own defaults replace.</summary>
    public bool UrlsAreFallback { get; init; }
}
