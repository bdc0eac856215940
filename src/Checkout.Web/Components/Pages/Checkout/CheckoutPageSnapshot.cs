using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Checkout;

/// <summary>
/// What the prerendered checkout showed, handed to the circuit so that its first render shows the same screen. Only
/// what the page displays: <see cref="Of"/> drops the shopper's user id, which the prerender already checked.
/// </summary>
internal sealed record CheckoutPageSnapshot(
    string SessionId,
    CheckoutSessionView? Session,
    MerchantBranding Merchant,
    string Settler,
    IReadOnlyList<PaymentMethodOption> Options)
{
    public static CheckoutPageSnapshot Of(
        string sessionId, CheckoutSessionView? session, MerchantBranding merchant, string settler, IReadOnlyList<PaymentMethodOption> options) =>
        new(sessionId, session is null ? null : session with { ShopperUserId = null }, merchant, settler, options);
}
