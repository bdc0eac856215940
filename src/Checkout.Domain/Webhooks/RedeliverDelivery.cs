using System.Text.Json;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// Sends one delivery again now, as a person asked from its delivery log, and records who asked in the same
/// transaction. Same txid and payload as before, so a receiver that dedupes on (issuer, txid) (gaps.md G26) cannot
/// count it twice; nothing in the ledger moves. Whether the person may see the delivery is the caller's check.
/// </summary>
public sealed class RedeliverDelivery(IUnitOfWork unitOfWork, IWebhookOutbox outbox, IAuditLog audit, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Guid deliveryId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var delivery = await outbox.LockAsync(deliveryId, cancellationToken);
        if (delivery is null)
        {
            return DeliveryErrors.NotFound(deliveryId);
        }
        var before = Snapshot(delivery);
        var now = time.GetUtcNow();
        var redelivered = delivery.RedeliverNow(now);
        if (!redelivered.IsSuccess)
        {
            return redelivered;
        }
        audit.Append(AuditEvent.Record(now, actor, AuditActions.DeliveryRedelivered, deliveryId.ToString(), before, Snapshot(delivery)));
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    private static string Snapshot(WebhookDelivery delivery) => JsonSerializer.Serialize(new
    {
        status = delivery.Status.ToString(),
        attempts = delivery.AttemptCount,
        next_attempt_at = delivery.NextAttemptAt,
        txid = delivery.Txid,
        target = delivery.TargetOcid.Value,
    });
}
