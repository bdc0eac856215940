namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>One try at a delivery as the log shows it; <see cref="HttpStatus"/> is null when no answer came.</summary>
public sealed record MerchantDeliveryAttempt(
    DateTimeOffset AttemptedAt, int? HttpStatus, int LatencyMilliseconds, string Outcome, string? ResponseExcerpt);
