using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// A proof to deliver to a peer's <c>/transfer/webhook</c>: written in the same transaction as the payment (an
/// outbox row), then sent at least once by the dispatcher. (<see cref="Issuer"/>, <see cref="Txid"/>) is the
/// receiver's dedupe key (gaps.md G26).
/// </summary>
public sealed class WebhookDelivery
{
    public const string TransferWebhookPath = "/transfer/webhook";
    public const int MaxMessageLength = 1024;

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Ocid TargetOcid { get; private set; }

    public string Path { get; private set; } = TransferWebhookPath;

    public string Payload { get; private set; } = "";

    public Ocid Issuer { get; private set; }

    public string Txid { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Where the retry window counts from: creation, or the last redelivery.</summary>
    public DateTimeOffset WindowStartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The receiver's message for a rejection, or the last failure.</summary>
    public string? LastMessage { get; private set; }

    public static WebhookDelivery ForProof(Ocid target, Ocid issuer, string txid, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TargetOcid = target,
        Issuer = issuer,
        Txid = txid,
        Payload = payload,
        Status = DeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
        WindowStartedAt = now,
    };

    /// <summary>The receiver refused the proof or never took it: its payment is not final until someone acts.</summary>
    public bool NeedsAttention => Status is DeliveryStatus.Rejected or DeliveryStatus.Abandoned;

    public void RecordDelivered(DateTimeOffset now) => Complete(DeliveryStatus.Delivered, null, now);

    public void RecordRejected(string? message, DateTimeOffset now) => Complete(DeliveryStatus.Rejected, message, now);

    /// <summary>Schedules the next attempt, or abandons the delivery once the retry window is spent.</summary>
    public void RecordFailure(string message, DateTimeOffset now, RetrySchedule schedule, double jitter)
    {
        AttemptCount++;
        LastMessage = Truncate(message);
        var next = schedule.NextAttemptAt(WindowStartedAt, AttemptCount, now, jitter);
        if (next is null)
        {
            Status = DeliveryStatus.Abandoned;
            CompletedAt = now;
        }
        else
        {
            NextAttemptAt = next.Value;
        }
    }

    /// <summary>
    /// Sends the same payload under the same txid again, with a fresh retry window; the attempts so far stay on record.
    /// Only a delivery that needs attention may be redelivered: a pending one is still trying, a delivered one is done.
    /// </summary>
    public Result Redeliver(DateTimeOffset now)
    {
        if (!NeedsAttention)
        {
            return new DomainError("delivery.not_redeliverable", $"Delivery {Id} is {Status}; only a rejected or abandoned delivery is sent again.");
        }
        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
        WindowStartedAt = now;
        CompletedAt = null;
        return Result.Success();
    }

    /// <summary>
    /// A person's "redeliver" from the delivery log: a pending delivery that has failed is tried at once (its retry
    /// window kept), one that needs attention is redelivered; a delivered one, or one not yet tried, is left alone.
    /// </summary>
    public Result RedeliverNow(DateTimeOffset now)
    {
        if (Status == DeliveryStatus.Pending && AttemptCount > 0)
        {
            NextAttemptAt = now;
            return Result.Success();
        }
        return Redeliver(now);
    }

    private void Complete(DeliveryStatus status, string? message, DateTimeOffset now)
    {
        AttemptCount++;
        Status = status;
        LastMessage = Truncate(message);
        CompletedAt = now;
    }

    private static string? Truncate(string? message) =>
        message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] : message;
}
