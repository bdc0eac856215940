namespace OpenCharge.Checkout.Domain.Sessions.Qr;

/// <summary>objects.md §3 (<c>pending</c> → <c>order_received</c> → <c>completed</c>), plus <see cref="Retired"/>.</summary>
public enum QrSessionStatus
{
    Pending,
    OrderReceived,

    /// <summary>The shopper approved and paid the order.</summary>
    Completed,

    /// <summary>The shopper asked for a new QR before this one was used; it can take no order.</summary>
    Retired,
}
