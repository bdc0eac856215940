using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

/// <summary>
/// Everything recorded about one session, gathered by what ties it together: the session id (its ledger references,
/// sagas and issued proofs), the txids of its proofs (proofs received from hops, deliveries) and the delivery ids
/// (attempts, audit lines). Read-only; a short-lived context per call.
/// </summary>
public sealed class PaymentTimelineQueries(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    public async Task<PaymentTimeline?> LoadAsync(SessionId id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var row = await TransactionSources.Of(db, TransactionKind.Sessions, now).SingleOrDefaultAsync(r => r.Key == id.Value, cancellationToken);
        var session = await db.CheckoutSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null || session is null)
        {
            return null;
        }

        var sagas = await db.Set<SettlementSaga>().AsNoTracking().Where(s => s.SessionId == id).ToListAsync(cancellationToken);
        var txids = sagas.SelectMany(s => s.Steps).Select(s => s.RemoteTxid).Append(session.Payment?.ProofTxid).OfType<string>().ToHashSet();
        var hopTxids = txids.ToArray();
        var proofs = await db.Set<ProofRecord>().AsNoTracking()
            .Where(p => p.SessionId == id || hopTxids.Contains(p.Txid))
            .ToListAsync(cancellationToken);
        txids.UnionWith(proofs.Select(p => p.Txid));
        var allTxids = txids.ToArray();
        var deliveries = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => allTxids.Contains(d.Txid))
            .OrderBy(d => d.CreatedAt)
            .Select(d => new DeliveryView(
                d.Id, d.TargetOcid.Value, d.Issuer.Value, d.Txid, d.Status, d.AttemptCount, d.CreatedAt,
                d.Status == Domain.Webhooks.DeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastMessage))
            .ToListAsync(cancellationToken);
        var deliveryIds = deliveries.Select(d => d.Id).ToList();
        var attempts = await db.DeliveryAttempts.AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).ToListAsync(cancellationToken);
        var subjects = txids.Append(id.ToString()).Concat(deliveryIds.Select(d => d.ToString())).ToList();
        var audits = await db.AuditEvents.AsNoTracking().Where(e => subjects.Contains(e.Subject)).ToListAsync(cancellationToken);
        var ledger = await new TimelineLedger(db).ReadAsync(id.ToString(), cancellationToken);

        var targets = deliveries.ToDictionary(d => d.Id, d => d.Target);
        var entries = new List<TimelineEntry>();
        entries.AddRange(TimelineStates.Of(session, sagas, now));
        entries.AddRange(ledger);
        entries.AddRange(sagas.SelectMany(s => s.Steps).Where(s => s.AnsweredAt is not null).Select(s => new SettlementHop(
            s.AnsweredAt!.Value, s.Hop, s.Operation, s.Target.Value, s.Status, s.Attempts, s.RemoteTxid, s.Failure)));
        entries.AddRange(proofs.Select(p => new ProofRecorded(p.CreatedAt, p.Direction, p.Issuer.Value, p.Txid, p.ToOcid.Value, p.Amount, p.Currency)));
        entries.AddRange(deliveries.Select(d => new DeliveryQueued(d.CreatedAt, d)));
        entries.AddRange(attempts.Select(a => new DeliveryTried(
            a.AttemptedAt, a.DeliveryId, targets[a.DeliveryId], a.HttpStatus, a.LatencyMilliseconds, a.Outcome, a.ResponseExcerpt)));
        entries.AddRange(audits.Select(a => new Audited(a.At, a.Actor, a.Action, a.Subject, a.After)));
        // A stable order for equal times: the order the kinds are added in above is cause before effect.
        var ordered = entries.Select((entry, index) => (entry, index)).OrderBy(e => e.entry.At).ThenBy(e => e.index).Select(e => e.entry).ToList();
        return new PaymentTimeline(row, ordered, deliveries);
    }
}
