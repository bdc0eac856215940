using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Forwarding;

/// <summary>
/// A sandbox peer's outbox row: its own signed proof for an order, owed to the Demo Store's webhook. The Demo Gateway
/// writes one per order in the transaction that stores the proof it received (the seed's hosted-checkout step 9); the
/// settlement peers write one in the transaction that pays the store (endpoints.md A5 and C4: "notifies the merchant").
/// </summary>
internal sealed class GatewayForward
{
    public const int MaxErrorLength = 500;

    public GatewayForward(SandboxPeer sender, string orderId, long? receivedIssuer, string? receivedTxid, string proofTxid, string envelopeJson, DateTimeOffset createdAt)
    {
        Sender = sender;
        OrderId = orderId;
        ReceivedIssuer = receivedIssuer;
        ReceivedTxid = receivedTxid;
        ProofTxid = proofTxid;
        EnvelopeJson = envelopeJson;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Status = ForwardStatus.Pending;
    }

    private GatewayForward()
    {
    }

    public long Id { get; private set; }

    /// <summary>Who signed the proof and sends it.</summary>
    public SandboxPeer Sender { get; private set; }

    /// <summary>The proof's <c>to.reference</c>: the store's order id.</summary>
    public string OrderId { get; private set; } = "";

    /// <summary>The proof this one passes on, when there is one (a bank's own transfer passes on nothing).</summary>
    public long? ReceivedIssuer { get; private set; }

    public string? ReceivedTxid { get; private set; }

    /// <summary>The txid of the sender's own proof: the same on every attempt.</summary>
    public string ProofTxid { get; private set; } = "";

    /// <summary>The exact <c>{"proof":…,"signature":…}</c> bytes sent on every attempt.</summary>
    public string EnvelopeJson { get; private set; } = "";

    public ForwardStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due; null once the row is final.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>PostgreSQL xmin: two forwarders claiming one row, only one wins.</summary>
    public uint Version { get; private set; }

    /// <summary>Holds the row for one sender until <paramref name="until"/>; a sender that dies leaves it due again then.</summary>
    public void Claim(DateTimeOffset until) => NextAttemptAt = until;

    public void RecordDelivered(DateTimeOffset now)
    {
        Attempts++;
        Status = ForwardStatus.Delivered;
        DeliveredAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    public void RecordRejected(string message)
    {
        Attempts++;
        Status = ForwardStatus.Rejected;
        NextAttemptAt = null;
        LastError = Truncate(message);
    }

    /// <summary>Schedules a retry, or abandons the row once the retry window has passed.</summary>
    public void RecordFailure(string message, DateTimeOffset now, RetrySchedule schedule, double jitter)
    {
        Attempts++;
        LastError = Truncate(message);
        NextAttemptAt = schedule.NextAttemptAt(CreatedAt, Attempts, now, jitter);
        if (NextAttemptAt is null)
        {
            Status = ForwardStatus.Abandoned;
        }
    }

    private static string Truncate(string message) => message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;
}

/// <summary>Where a <see cref="GatewayForward"/> stands.</summary>
internal enum ForwardStatus
{
    Pending,
    Delivered,
    Rejected,
    Abandoned,
}
