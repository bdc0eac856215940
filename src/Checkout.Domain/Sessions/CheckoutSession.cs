using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// One signed merchant order waiting to be paid once: a hosted checkout, or an order that reached a shopper's wallet
/// by QR (<see cref="Channel"/>). The status moves only through the methods below; a session past its expiry is
/// expired even before a sweeper records it.
/// </summary>
public sealed class CheckoutSession
{
    public const int MaxFailureLength = 500;

    private CheckoutSession()
    {
    }

    public SessionId Id { get; private set; }

    /// <summary>
    /// The caller of <c>/checkout/create</c> (objects.md §2 <c>merchantGatewayOcid</c>); for a QR order, which has no
    /// gateway, the merchant itself, so no second proof goes anywhere.
    /// </summary>
    public Ocid MerchantGatewayOcid { get; private set; }

    public Ocid MerchantOcid { get; private set; }

    public SessionChannel Channel { get; private set; }

    /// <summary>For a QR channel, the only shopper who may see, pay or decline the session; null for hosted checkout.</summary>
    public string? ShopperUserId { get; private set; }

    public string OrderId { get; private set; } = "";

    /// <summary>The order JSON exactly as the merchant signed it, and that signature.</summary>
    public string OrderJson { get; private set; } = "";

    public string OrderSignature { get; private set; } = "";

    /// <summary>See <see cref="OrderFingerprint"/>: tells a repeat of this order from its id reused for other content.</summary>
    public string ContentFingerprint { get; private set; } = "";

    /// <summary>The merchant's amount string, repeated verbatim in our proof (gaps.md G16).</summary>
    public string Amount { get; private set; } = "";

    public Money Total { get; private set; }

    public RedirectUrls Urls { get; private set; } = null!;

    /// <summary>Decided when the session opens, so paying later settles exactly as was promised to the caller.</summary>
    public SettlementRoute Route { get; private set; } = null!;

    public SessionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public SessionPayment? Payment { get; private set; }

    /// <summary>Why the last remote settlement was reversed, shown to the shopper who may try again; null otherwise.</summary>
    public string? SettlementFailure { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static CheckoutSession Open(
        SignedOrder order, Ocid merchantGateway, RedirectUrls urls, SettlementRoute route, DateTimeOffset now, TimeSpan timeToLive) =>
        Create(order, merchantGateway, urls, route, now, timeToLive);

    /// <summary>A QR order for one shopper: no gateway forwarded it, and nobody else may pay it.</summary>
    public static CheckoutSession OpenForShopper(
        SignedOrder order, SessionChannel channel, string shopperUserId, RedirectUrls urls, SettlementRoute route, DateTimeOffset now, TimeSpan timeToLive)
    {
        if (channel == SessionChannel.HostedCheckout)
        {
            throw new ArgumentException("A hosted checkout belongs to no shopper.", nameof(channel));
        }
        var session = Create(order, order.MerchantOcid, urls, route, now, timeToLive);
        session.Channel = channel;
        session.ShopperUserId = shopperUserId;
        return session;
    }

    private static CheckoutSession Create(
        SignedOrder order, Ocid merchantGateway, RedirectUrls urls, SettlementRoute route, DateTimeOffset now, TimeSpan timeToLive)
    {
        var expiresAt = now + timeToLive;
        if (order.ExpiresAt is { } orderExpiry && orderExpiry < expiresAt)
        {
            expiresAt = orderExpiry;
        }
        return new CheckoutSession
        {
            Id = SessionId.New(),
            MerchantGatewayOcid = merchantGateway,
            MerchantOcid = order.MerchantOcid,
            Channel = SessionChannel.HostedCheckout,
            OrderId = order.Id,
            OrderJson = order.Json,
            OrderSignature = order.Signature,
            ContentFingerprint = OrderFingerprint.Of(order, urls),
            Amount = order.Amount,
            Total = order.Total,
            Urls = urls,
            Route = route,
            Status = SessionStatus.Open,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    /// <summary>Whether this shopper (null: nobody signed in) may see, pay or decline the session.</summary>
    public bool IsVisibleTo(string? shopperUserId) => ShopperUserId is null || ShopperUserId == shopperUserId;

    /// <summary>The status as of <paramref name="now"/>: an open session past its expiry reads as expired.</summary>
    public SessionStatus StatusAt(DateTimeOffset now) =>
        Status == SessionStatus.Open && now >= ExpiresAt ? SessionStatus.Expired : Status;

    public bool IsSameContent(SignedOrder order, RedirectUrls urls) => ContentFingerprint == OrderFingerprint.Of(order, urls);

    public bool IsLiveAt(DateTimeOffset now) => StatusAt(now) is SessionStatus.Open or SessionStatus.Processing or SessionStatus.Paid;

    /// <summary>Checks the session can be paid now, without changing it.</summary>
    public Result EnsurePayable(DateTimeOffset now) => StatusAt(now) switch
    {
        SessionStatus.Open => Result.Success(),
        SessionStatus.Paid => SessionErrors.AlreadyPaid(Id),
        SessionStatus.Processing => SessionErrors.Processing(Id),
        SessionStatus.Cancelled => SessionErrors.Cancelled(Id),
        _ => SessionErrors.Expired(Id),
    };

    public Result MarkPaid(SessionPayment payment, DateTimeOffset now)
    {
        var payable = EnsurePayable(now);
        if (!payable.IsSuccess)
        {
            return payable;
        }
        Status = SessionStatus.Paid;
        Payment = payment;
        ClosedAt = now;
        SettlementFailure = null;
        return Result.Success();
    }

    /// <summary>The shopper paid and the money is held while a remote settlement runs (<see cref="SessionStatus.Processing"/>).</summary>
    public Result BeginSettlement(SessionPayment payment, DateTimeOffset now)
    {
        var payable = EnsurePayable(now);
        if (!payable.IsSuccess)
        {
            return payable;
        }
        Status = SessionStatus.Processing;
        Payment = payment;
        SettlementFailure = null;
        return Result.Success();
    }

    /// <summary>The final hop's proof arrived: the session is paid as of now.</summary>
    public Result CompleteSettlement(DateTimeOffset now) => Status switch
    {
        SessionStatus.Processing => Close(SessionStatus.Paid, now, Payment! with { PaidAt = now }),
        var status => SessionErrors.IllegalTransition(status, SessionStatus.Paid),
    };

    /// <summary>
    /// The settlement was reversed and the shopper has the money back: the session is open again, with the reason, so
    /// the shopper may try once more (docs/decisions.md). Past its expiry it then reads as expired.
    /// </summary>
    public Result AbandonSettlement(string reason, DateTimeOffset now)
    {
        if (Status != SessionStatus.Processing)
        {
            return SessionErrors.IllegalTransition(Status, SessionStatus.Open);
        }
        Status = SessionStatus.Open;
        Payment = null;
        SettlementFailure = reason.Length <= MaxFailureLength ? reason : reason[..MaxFailureLength];
        return Result.Success();
    }

    public Result Cancel(DateTimeOffset now) => StatusAt(now) switch
    {
        SessionStatus.Open => Close(SessionStatus.Cancelled, now),
        SessionStatus.Cancelled => Result.Success(),
        var status => SessionErrors.IllegalTransition(status, SessionStatus.Cancelled),
    };

    /// <summary>Records the expiry of an open session whose time is up; anything else is left as it is.</summary>
    public Result Expire(DateTimeOffset now) => Status switch
    {
        SessionStatus.Open when now >= ExpiresAt => Close(SessionStatus.Expired, now),
        SessionStatus.Expired => Result.Success(),
        var status => SessionErrors.IllegalTransition(status, SessionStatus.Expired),
    };

    private Result Close(SessionStatus status, DateTimeOffset now, SessionPayment? payment = null)
    {
        Status = status;
        ClosedAt = now;
        Payment = payment ?? Payment;
        return Result.Success();
    }
}
