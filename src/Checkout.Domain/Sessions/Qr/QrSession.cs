using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions.Qr;

/// <summary>
/// The wallet QR a shopper shows in a shop (objects.md §3): single use, short-lived, and owned by one shopper. The
/// first order posted to it opens a <see cref="CheckoutSession"/> that only that shopper may pay or decline.
/// </summary>
public sealed class QrSession
{
    public const int MaxUserIdLength = 64;

    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(5);

    private QrSession()
    {
    }

    public QrSessionId Id { get; private set; }

    public QrShortCode ShortCode { get; private set; }

    public string ShopperUserId { get; private set; } = "";

    public QrSessionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The merchant that posted the order, and the session it opened; null while pending.</summary>
    public Ocid? MerchantOcid { get; private set; }

    public SessionId? CheckoutSessionId { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static QrSession Start(string shopperUserId, DateTimeOffset now, TimeSpan timeToLive) => new()
    {
        Id = QrSessionId.New(),
        ShortCode = QrShortCode.New(),
        ShopperUserId = shopperUserId,
        Status = QrSessionStatus.Pending,
        CreatedAt = now,
        ExpiresAt = now + timeToLive,
    };

    public bool IsPendingAt(DateTimeOffset now) => Status == QrSessionStatus.Pending && now < ExpiresAt;

    /// <summary>endpoints.md A4 steps 3–4, in that order: expired (404) before used (410).</summary>
    public Result EnsureTakesOrder(DateTimeOffset now) =>
        now >= ExpiresAt ? QrSessionErrors.Expired(Id)
        : Status != QrSessionStatus.Pending ? QrSessionErrors.Used(Id)
        : Result.Success();

    public Result ReceiveOrder(Ocid merchant, SessionId checkoutSession, DateTimeOffset now)
    {
        var takes = EnsureTakesOrder(now);
        if (!takes.IsSuccess)
        {
            return takes;
        }
        Status = QrSessionStatus.OrderReceived;
        MerchantOcid = merchant;
        CheckoutSessionId = checkoutSession;
        return Result.Success();
    }

    public Result Complete() => Status switch
    {
        QrSessionStatus.OrderReceived => Transition(QrSessionStatus.Completed),
        QrSessionStatus.Completed => Result.Success(),
        var status => new DomainError("qr_session.illegal_transition", $"A wallet session cannot go from {status} to Completed."),
    };

    /// <summary>
    /// The payment held for a remote settlement was reversed and its checkout session is payable again, so this session
    /// is back to waiting for the shopper's approval: never "completed" beside an order still to be paid.
    /// </summary>
    public Result ReopenOrder() => Status switch
    {
        QrSessionStatus.Completed => Transition(QrSessionStatus.OrderReceived),
        QrSessionStatus.OrderReceived => Result.Success(),
        var status => new DomainError("qr_session.illegal_transition", $"A wallet session cannot go from {status} back to OrderReceived."),
    };

    /// <summary>A newer QR replaces this one; only a pending session is retired, one that took an order stays as it is.</summary>
    public void Retire()
    {
        if (Status == QrSessionStatus.Pending)
        {
            Status = QrSessionStatus.Retired;
        }
    }

    private Result Transition(QrSessionStatus status)
    {
        Status = status;
        return Result.Success();
    }
}
