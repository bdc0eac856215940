namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>One try at delivering a proof, kept for the back office: when, what came back, how long it took.</summary>
public sealed class DeliveryAttempt
{
    public const int MaxExcerptLength = 500;

    public long Id { get; init; }

    public Guid DeliveryId { get; init; }

    public DateTimeOffset AttemptedAt { get; init; }

    /// <summary>Null when no HTTP answer came (refused connection, timeout, unresolvable peer).</summary>
    public int? HttpStatus { get; init; }

    public int LatencyMilliseconds { get; init; }

    public string Outcome { get; init; } = "";

    public string? ResponseExcerpt { get; init; }
}
