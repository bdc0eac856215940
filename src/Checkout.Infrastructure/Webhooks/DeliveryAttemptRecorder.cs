using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Writes an attempt's outcome, its log row and the released lease in one short transaction, so the back office never
/// sees a status change without the attempt that caused it.
/// </summary>
internal sealed class DeliveryAttemptRecorder(
    IDbContextFactory<CheckoutDbContext> contexts,
    TimeProvider time,
    DeliveryAttemptFeed feed,
    ILogger<DeliveryAttemptRecorder> logger)
{
    public async Task<RecordedAttempt> RecordAsync(SentDelivery sent, CancellationToken cancellationToken)
    {
        var (claim, outcome) = (sent.Claim, sent.Outcome);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Only while the row still carries our lease is the delivery ours to change.
        var delivery = await db.WebhookDeliveries
            .FromSql($"SELECT * FROM webhook_deliveries WHERE id = {claim.Id} AND status = 'Pending' AND leased_until = {claim.LeasedUntil} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (delivery is null)
        {
            // Our lease ran out and another process may have sent the proof again; the attempt still happened.
            logger.LogWarning("Delivery {DeliveryId} was no longer leased to us; only its attempt is recorded", claim.Id);
        }
        else
        {
            outcome.ApplyTo(delivery, time.GetUtcNow(), RetrySchedule.Default, Random.Shared.NextDouble());
            db.Entry(delivery).Property<DateTimeOffset?>(WebhookDeliveryConfiguration.LeasedUntil).CurrentValue = null;
        }

        var attempt = new DeliveryAttempt
        {
            DeliveryId = claim.Id,
            AttemptedAt = sent.AttemptedAt,
            HttpStatus = outcome.HttpStatus,
            LatencyMilliseconds = sent.LatencyMilliseconds,
            Outcome = outcome.Word,
            ResponseExcerpt = outcome.Excerpt,
        };
        db.DeliveryAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var recorded = new RecordedAttempt(attempt, delivery?.Status);
        feed.Publish(recorded);
        return recorded;
    }
}
