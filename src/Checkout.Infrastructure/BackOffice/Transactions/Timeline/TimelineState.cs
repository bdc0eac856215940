namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

public enum TimelineState
{
    Created,

    /// <summary>The shopper paid; the money is held while a remote settlement runs.</summary>
    Held,
    Paid,
    Cancelled,
    Expired,
    SettlementStarted,
    SettlementCompleted,

    /// <summary>The remote settlement failed before money left: the shopper got it back (the reason is kept).</summary>
    SettlementReversed,
    SettlementNeedsAttention,
}
