using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>What the hosted checkout page shows of a session: a read-only snapshot, never used to change it.</summary>
public sealed record CheckoutSessionView(
    SessionId Id,
    Ocid MerchantOcid,
    string OrderId,
    Money Total,
    SessionStatus RecordedStatus,
    DateTimeOffset ExpiresAt,
    Uri SuccessUrl,
    Uri CancelUrl)
{
    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    public string? Memo { get; init; }

    public string? Reference { get; init; }

    public string? ProofTxid { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    /// <summary>On a remote path: the service whose proof pays the merchant, through which the payment is settled.</summary>
    public Ocid? SettlesThrough { get; init; }

    /// <summary>For an order that came by QR, the only shopper who may see it (<see cref="CheckoutSession.IsVisibleTo"/>).</summary>
    public string? ShopperUserId { get; init; }

    /// <summary>Why the last remote settlement was reversed (the shopper was not charged), if it was.</summary>
    public string? SettlementFailure { get; init; }

    public bool IsVisibleTo(string? shopperUserId) => ShopperUserId is null || ShopperUserId == shopperUserId;

    /// <summary>Like <see cref="CheckoutSession.StatusAt"/>: an open session past its expiry reads as expired.</summary>
    public SessionStatus StatusAt(DateTimeOffset now) =>
        RecordedStatus == SessionStatus.Open && now >= ExpiresAt ? SessionStatus.Expired : RecordedStatus;
}
