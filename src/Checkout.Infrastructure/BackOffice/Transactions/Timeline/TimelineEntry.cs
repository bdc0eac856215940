using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

/// <summary>
/// One moment in a payment's life. Each kind carries data, not sentences: the page words it in the viewer's language.
/// </summary>
public abstract record TimelineEntry(DateTimeOffset At);

/// <summary>The session or its settlement changed state.</summary>
public sealed record StateChanged(DateTimeOffset At, TimelineState State, string? Reason) : TimelineEntry(At);

/// <summary>A balanced ledger transaction: every leg, with the account it moved.</summary>
public sealed record LedgerPosted(DateTimeOffset At, Guid TransactionId, LedgerTransactionKind Kind, string Currency, IReadOnlyList<LedgerLeg> Legs)
    : TimelineEntry(At);

public sealed record LedgerLeg(string Account, long AmountMinor, string Amount);

/// <summary>A settlement saga's call to one hop, as last answered.</summary>
public sealed record SettlementHop(
    DateTimeOffset At, int Hop, SagaStepOperation Operation, long Target, SagaStepStatus Status, int Attempts, string? RemoteTxid, string? Failure)
    : TimelineEntry(At);

/// <summary>A proof we issued or received for this payment.</summary>
public sealed record ProofRecorded(DateTimeOffset At, ProofRecordDirection Direction, long Issuer, string Txid, long To, string Amount, string Currency)
    : TimelineEntry(At);

/// <summary>A proof queued for a receiver's <c>/transfer/webhook</c>, and where that delivery stands now.</summary>
public sealed record DeliveryQueued(DateTimeOffset At, DeliveryView Delivery) : TimelineEntry(At);

/// <summary>One try at a delivery.</summary>
public sealed record DeliveryTried(
    DateTimeOffset At, Guid DeliveryId, long Target, int? HttpStatus, int LatencyMilliseconds, string Outcome, string? ResponseExcerpt)
    : TimelineEntry(At);

/// <summary>An audit trail line whose subject is this session, one of its txids or one of its deliveries.</summary>
public sealed record Audited(DateTimeOffset At, string Actor, string Action, string Subject, string? After) : TimelineEntry(At);

/// <summary>A delivery as the deliveries view lists it.</summary>
public sealed record DeliveryView(
    Guid Id, long Target, long Issuer, string Txid, DeliveryStatus Status, int AttemptCount, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, string? LastMessage)
{
    public bool NeedsAttention => Status is DeliveryStatus.Rejected or DeliveryStatus.Abandoned;
}
