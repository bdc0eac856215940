namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>One finished attempt, waiting to be recorded.</summary>
internal sealed record SentDelivery(ClaimedDelivery Claim, DeliveryOutcome Outcome, DateTimeOffset AttemptedAt, int LatencyMilliseconds);
