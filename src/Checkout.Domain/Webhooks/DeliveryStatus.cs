namespace OpenCharge.Checkout.Domain.Webhooks;

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 200 <c>accepted</c>.</summary>
    Delivered,

    /// <summary>The receiver answered 200 <c>rejected</c>: terminal, its message recorded (gaps.md G25).</summary>
    Rejected,

    /// <summary>Retried for the whole retry window without success; needs a person.</summary>
    Abandoned,
}
