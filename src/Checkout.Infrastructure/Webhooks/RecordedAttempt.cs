using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>An attempt now in the database, and the status its delivery was left in (null if the lease had been lost).</summary>
internal sealed record RecordedAttempt(DeliveryAttempt Attempt, DeliveryStatus? Status);
