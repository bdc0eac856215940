using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// Every merchant order becomes a <see cref="CheckoutSession"/> here, whichever way it came: a gateway's
/// <c>/checkout/create</c> (endpoints.md A3) or a merchant's order posted to a shopper's wallet QR (A4). The checks
/// run in A4's order, each failing with its own error: the QR session can take an order, the order is the presenting
/// merchant's and its signature verifies, the redirect URLs are allowed, then <see cref="OpenCheckoutSession"/>
/// (order expiry, settlement path, the session itself) with the accepted issuers (gaps.md G15) and the gateway's
/// proof addressing (G19). The merchant's own portal settings, read afresh for each order, choose the redirect URLs,
/// widen the redirect allow-list, shorten the session time and may opt out of the sandbox's relaxations.
/// </summary>
public sealed class OrderIntake(
    IOrderSignatures signatures,
    IPartners partners,
    IMerchantSettings merchantSettings,
    IQrSessions qrSessions,
    OpenCheckoutSession openSession,
    IProtocolSigner us,
    IntakeSettings settings,
    TimeProvider time)
{
    public async Task<Result<CheckoutSession>> ExecuteAsync(IncomingOrder incoming, CancellationToken cancellationToken)
    {
        var origin = incoming.Origin;
        if (origin.QrSessionReference is { } reference)
        {
            // A4 steps 2–4 come before the signature: a dead QR costs no registry look-up. OpenCheckoutSession checks
            // again under the session's lock, where concurrent orders queue.
            var qr = await qrSessions.FindAsync(reference, cancellationToken);
            if (qr is null)
            {
                return QrSessionErrors.NotFound(reference);
            }
            var takes = qr.EnsureTakesOrder(time.GetUtcNow());
            if (!takes.IsSuccess)
            {
                return takes.Error;
            }
            origin = origin.At(qr);
        }

        var order = incoming.Order;
        if (order.MerchantOcid != incoming.ClaimedMerchant)
        {
            return OrderErrors.NotClaimedMerchants(order.MerchantOcid, incoming.ClaimedMerchant);
        }
        var merchant = await signatures.VerifyAsync(order, cancellationToken);
        if (!merchant.IsSuccess)
        {
            return merchant.Error;
        }
        var own = await merchantSettings.FindAsync(order.MerchantOcid, cancellationToken);
        var urls = own?.RedirectsFor(incoming.Urls, incoming.UrlsAreFallback) ?? incoming.Urls;
        // A merchant may opt out of the sandbox's relaxations to rehearse production; it can never opt into them.
        var anyRedirectHost = settings.AnyRedirectHost && (own?.SandboxMode ?? true);
        if (origin.RedirectsShopper && !anyRedirectHost)
        {
            var redirect = await RedirectPolicy.CheckAsync(partners, own, origin.Gateway, order.MerchantOcid, urls, cancellationToken);
            if (!redirect.IsSuccess)
            {
                return redirect.Error;
            }
        }

        var addressing = origin.Gateway is { } gateway
            ? (await partners.FindAsync(gateway, cancellationToken))?.ProofAddressing ?? ProofAddressing.MerchantOrder
            : ProofAddressing.MerchantOrder;
        var request = new CheckoutRequest(origin, order, urls, AcceptedIssuers(order, merchant.Value.Settlement.Accepts), addressing);
        var timeToLive = own?.SessionTtlWithin(settings.SessionTimeToLive) ?? settings.SessionTimeToLive;
        return await openSession.ExecuteAsync(request, settings.SettledCurrencies, timeToLive, cancellationToken);
    }

    /// <summary>gaps.md G15: the order's accepts; else the merchant's published accepts; else only we can settle.</summary>
    private IReadOnlyList<Ocid> AcceptedIssuers(SignedOrder order, IReadOnlyList<Ocid> published) =>
        order.Accepts ?? (published.Count > 0 ? published : [us.Ocid]);
}
