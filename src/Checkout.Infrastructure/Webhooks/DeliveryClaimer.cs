using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Leases due deliveries in one short statement (its own transaction), so the proof is sent with no transaction
/// open and a crash at any later point only lets the lease run out.
/// </summary>
internal sealed class DeliveryClaimer(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time, DispatchSettings settings)
{
    // Every receiver in the head has a free slot, so each claim makes progress; a bounded head ranks cheaply.
    private const int HeadSize = 200;

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(int limit, CancellationToken cancellationToken)
    {
        var now = Microseconds(time.GetUtcNow());
        // The lease end is compared for equality later, so it must survive PostgreSQL's microsecond precision.
        var leasedUntil = Microseconds(now + settings.Lease);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // `head` takes the oldest due rows of receivers that still have a free slot (their unexpired leases count
        // against them), so a saturated receiver's backlog never crowds out the others, and a bounded head keeps the
        // ranking cheap however long the queue is. `candidates` ranks the head per receiver and keeps only as many as
        // that receiver has free slots. Both read a snapshot and lock nothing; `claimed` then locks with SKIP LOCKED,
        // and PostgreSQL re-checks the conditions on the newest row version, so a row another process leased in the
        // meantime is skipped instead of claimed twice.
        var deliveries = await db.WebhookDeliveries.FromSql($"""
            WITH busy AS (
                SELECT target_ocid, count(*) AS in_flight
                FROM webhook_deliveries
                WHERE leased_until >= {now} AND status = 'Pending'
                GROUP BY target_ocid
            ), head AS (
                SELECT d.id, d.target_ocid, d.next_attempt_at
                FROM webhook_deliveries d
                WHERE d.status = 'Pending' AND d.next_attempt_at <= {now} AND (d.leased_until IS NULL OR d.leased_until < {now})
                  AND NOT EXISTS (
                      SELECT 1 FROM busy b WHERE b.target_ocid = d.target_ocid AND b.in_flight >= {settings.MaxInFlightPerTarget})
                ORDER BY d.next_attempt_at, d.id
                LIMIT {HeadSize}
            ), candidates AS (
                SELECT h.id
                FROM (
                    SELECT id, target_ocid, row_number() OVER (PARTITION BY target_ocid ORDER BY next_attempt_at, id) AS place
                    FROM head
                ) h
                LEFT JOIN busy b ON b.target_ocid = h.target_ocid
                WHERE h.place + coalesce(b.in_flight, 0) <= {settings.MaxInFlightPerTarget}
            ), claimed AS (
                SELECT id
                FROM webhook_deliveries
                WHERE id IN (SELECT id FROM candidates)
                  AND status = 'Pending' AND next_attempt_at <= {now} AND (leased_until IS NULL OR leased_until < {now})
                ORDER BY next_attempt_at, id
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
            )
            UPDATE webhook_deliveries w SET leased_until = {leasedUntil}
            FROM claimed c
            WHERE w.id = c.id
            RETURNING w.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        return [.. deliveries.Select(delivery => new ClaimedDelivery(delivery, leasedUntil))];
    }

    internal static DateTimeOffset Microseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
