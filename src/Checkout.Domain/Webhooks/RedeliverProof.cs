using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// Sends a proof again to every receiver that rejected it or never took it, under the same txid and payload, so a
/// receiver that dedupes on (issuer, txid) (gaps.md G26) can never count it as a second payment. The back office's
/// button calls this; nothing in the ledger moves.
/// </summary>
public sealed class RedeliverProof(IUnitOfWork unitOfWork, IWebhookOutbox outbox, TimeProvider time)
{
    /// <returns>How many deliveries were queued again.</returns>
    public async Task<Result<int>> ExecuteAsync(Ocid issuer, string txid, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var deliveries = await outbox.LockNeedingAttentionAsync(issuer, txid, cancellationToken);
        if (deliveries.Count == 0)
        {
            return new DomainError("delivery.nothing_to_redeliver", $"No delivery of proof {txid} needs attention.");
        }
        var now = time.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            var redelivered = delivery.Redeliver(now);
            if (!redelivered.IsSuccess)
            {
                return redelivered.Error;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return deliveries.Count;
    }
}
