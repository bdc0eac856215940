using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// Opens the hosted-checkout session for a verified order, or returns the live one already open for the same
/// (gateway, merchant, order id) when its content is the same: a unique index decides races, so two identical calls
/// never make two sessions. The same order id with other content is refused, never answered with the earlier session.
/// An order no path can settle is refused before any session exists (settlement.md: at order intake).
/// </summary>
public sealed class OpenCheckoutSession(
    IUnitOfWork unitOfWork, ICheckoutSessions sessions, ISettlementKnowledge knowledge, IProtocolSigner us, TimeProvider time)
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

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
                var previous = await sessions.FindOpenOrPaidAsync(request.MerchantGateway, order.MerchantOcid, order.Id, cancellationToken);
                if (previous is not null && previous.IsLiveAt(now))
                {
                    return previous.IsSameContent(order, request.Urls) ? previous : OrderErrors.Reused(order.Id);
                }
                // An open session whose time ran out makes way for the new one (the unique index allows one).
                previous?.Expire(now);
                var session = CheckoutSession.Open(order, request.MerchantGateway, request.Urls, route, now, timeToLive);
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

    /// <summary>Other peers' metadata is fetched only when neither we nor the calling gateway are accepted.</summary>
    private async Task<Result<SettlementPath>> FindPathAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        if (SettlementPathFinder.FindInLedger(us.Ocid, request.MerchantGateway, request.Accepts) is { } inLedger)
        {
            return inLedger;
        }
        var total = request.Order.Total;
        var known = await knowledge.ForOrderAsync(request.Accepts, total.Currency, cancellationToken);
        return SettlementPathFinder.Find(us.Ocid, request.MerchantGateway, request.Accepts, total, known);
    }

    private static SettlementRoute RouteFor(SettlementPath path, CheckoutRequest request)
    {
        var merchant = request.Order.MerchantOcid;
        return path.Kind switch
        {
            SettlementPathKind.Direct => new SettlementRoute(AccountOwner.Merchant(merchant), merchant, ProofAddressing.MerchantOrder),
            SettlementPathKind.GatewayAccount => new SettlementRoute(AccountOwner.MerchantGateway(request.MerchantGateway), request.MerchantGateway, request.GatewayAddressing),
            _ => SettlementRoute.Remote(path, merchant),
        };
    }
}
