namespace OpenCharge.Checkout.Domain.Sessions;

public enum SessionStatus
{
    Open,

    /// <summary>
    /// Paid by the shopper, money held in flight while a remote settlement runs; becomes Paid when the final proof
    /// arrives, or Open again (with the reason) when the settlement is reversed. Never expires while it runs.
    /// </summary>
    Processing,
    Paid,
    Cancelled,
    Expired,
}
