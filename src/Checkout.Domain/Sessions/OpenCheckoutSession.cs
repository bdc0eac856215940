using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// Opens the session for a verified order. An order no path can settle is refused before any session exists
/// (settlement.md: at order intake). A hosted checkout returns the live session already open for the same (gateway,
/// merchant, order id) when its content is the same: a unique index decides races, so two identical calls never make
/// two sessions, and the same order id with other content is refused. A QR order belongs to one shopper, so its order
/// id must not be live already; an order posted to a wallet QR takes that QR, under its lock, so it takes one order.
/// </summary>
public sealed class OpenCheckoutSession(
    IUnitOfWork unitOfWork, ICheckoutSessions sessions, IQrSessions qrSessions, ISettlementKnowledge knowledge, IProtocolSigner us, TimeProvider time)
{
    public async Task<Result<CheckoutSession>> ExecuteAsync(
        CheckoutRequest request, IReadOnlyCollection<string> settledCurrencies, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var order = request.Order;
        if (order.IsExpiredAt(now))
        {
            return OrderErrors.Expired(order.Id);
        }
        if (!settledCurrencies.Contains(order.Total.Currency.Code))
        {
            return OrderErrors.CurrencyNotSettled(order.Total.Currency);
        }
        var path = await FindPathAsync(request, cancellationToken);
        if (!path.IsSuccess)
        {
            return path.Error;
        }
        var route = RouteFor(path.Value, request);
        return request.Origin.Gateway is { } gateway
            ? await OpenHostedAsync(request, gateway, route, now, timeToLive, cancellationToken)
            : await OpenForShopperAsync(request, route, now, timeToLive, cancellationToken);
    }

    private async Task<Result<CheckoutSession>> OpenHostedAsync(
        CheckoutRequest request, Ocid gateway, SettlementRoute route, DateTimeOffset now, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var order = request.Order;
        // The common case, a new order, costs one statement; an order already live (or its open session not yet
        // swept) takes the path below, which reads it first.
        var fresh = CheckoutSession.Open(order, gateway, request.Urls, route, now, timeToLive);
        if (await sessions.TryOpenAsync(fresh, cancellationToken))
        {
            return fresh;
        }
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
                var previous = await sessions.FindOpenOrPaidAsync(gateway, order.MerchantOcid, order.Id, cancellationToken);
                if (previous is not null && previous.IsLiveAt(now))
                {
                    return previous.IsSameContent(order, request.Urls) ? previous : OrderErrors.Reused(order.Id);
                }
                // An open session whose time ran out makes way for the new one (the unique index allows one).
                previous?.Expire(now);
                var session = CheckoutSession.Open(order, gateway, request.Urls, route, now, timeToLive);
                sessions.Add(session);
                await transaction.CommitAsync(cancellationToken);
                return session;
            }
            catch (ConcurrencyConflictException) when (attempt == 0)
            {
                // An identical call won the race; the second pass finds its session.
            }
        }
    }

    private async Task<Result<CheckoutSession>> OpenForShopperAsync(
        CheckoutRequest request, SettlementRoute route, DateTimeOffset now, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var origin = request.Origin;
        var order = request.Order;
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            QrSession? qr = null;
            if (origin.QrSession is { } qrId)
            {
                qr = await qrSessions.LockAsync(qrId, cancellationToken);
                var takes = qr?.EnsureTakesOrder(now) ?? QrSessionErrors.NotFound(qrId.ToString());
                if (!takes.IsSuccess)
                {
                    return takes.Error;
                }
            }
            var previous = await sessions.FindOpenOrPaidAsync(order.MerchantOcid, order.MerchantOcid, order.Id, cancellationToken);
            if (previous is not null && previous.IsLiveAt(now))
            {
                // A shopper scanning the same merchant code again gets the session already open for it, not a second one.
                return IsRescan(previous, request) ? previous : OrderErrors.Reused(order.Id);
            }
            previous?.Expire(now);
            var shopper = origin.ShopperUserId ?? throw new ArgumentException("A QR order needs its shopper.", nameof(request));
            var session = CheckoutSession.OpenForShopper(order, origin.Channel, shopper, request.Urls, route, now, timeToLive);
            sessions.Add(session);
            qr?.ReceiveOrder(order.MerchantOcid, session.Id, now);
            await transaction.CommitAsync(cancellationToken);
            return session;
        }
        catch (ConcurrencyConflictException)
        {
            // The unique live-order index: the same order id was opened for someone else at the same moment.
            return OrderErrors.Reused(order.Id);
        }
    }

    private static bool IsRescan(CheckoutSession previous, CheckoutRequest request) =>
        request.Origin.Channel == SessionChannel.ScannedOrder
        && previous.Channel == SessionChannel.ScannedOrder
        && previous.ShopperUserId == request.Origin.ShopperUserId
        && previous.IsSameContent(request.Order, request.Urls);

    /// <summary>Other peers' metadata is fetched only when neither we nor the calling gateway are accepted.</summary>
    private async ValueTask<Result<SettlementPath>> FindPathAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var gateway = request.Origin.Gateway;
        if (SettlementPathFinder.FindInLedger(us.Ocid, gateway, request.Accepts) is { } inLedger)
        {
            return inLedger;
        }
        var total = request.Order.Total;
        var known = await knowledge.ForOrderAsync(request.Accepts, total.Currency, cancellationToken);
        return SettlementPathFinder.Find(us.Ocid, gateway, request.Accepts, total, known);
    }

    private static SettlementRoute RouteFor(SettlementPath path, CheckoutRequest request)
    {
        var merchant = request.Order.MerchantOcid;
        return path.Kind switch
        {
            SettlementPathKind.Direct => new SettlementRoute(AccountOwner.Merchant(merchant), merchant, ProofAddressing.MerchantOrder),
            SettlementPathKind.GatewayAccount when request.Origin.Gateway is { } gateway =>
                new SettlementRoute(AccountOwner.MerchantGateway(gateway), gateway, request.GatewayAddressing),
            _ => SettlementRoute.Remote(path, merchant),
        };
    }
}
