using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// Leases due sagas to one runner in one short statement. SKIP LOCKED and the lease together mean two processes never
/// run one saga at once; a runner that crashes only lets its lease run out, after which any process resumes the saga.
/// </summary>
internal sealed class SagaClaimer(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    /// <summary>Longer than a saga's due calls take (each call times out after 10 s).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<IReadOnlyList<(SagaId Id, DateTimeOffset LeasedUntil)>> ClaimDueAsync(int limit, CancellationToken cancellationToken)
    {
        var now = Microseconds(time.GetUtcNow());
        var leasedUntil = Microseconds(now + Lease);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<Guid>($"""
            UPDATE settlement_sagas SET leased_until = {leasedUntil}
            WHERE id IN (
                SELECT id FROM settlement_sagas
                WHERE state IN ('Held', 'Running') AND next_attempt_at <= {now} AND (leased_until IS NULL OR leased_until < {now})
                ORDER BY next_attempt_at LIMIT {limit}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return [.. ids.Select(id => (new SagaId(id), leasedUntil))];
    }

    /// <summary>Gives the saga back for its next due call, unless another runner took it over after the lease ran out.</summary>
    public async Task ReleaseAsync(SagaId id, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE settlement_sagas SET leased_until = NULL WHERE id = {id.Value} AND leased_until = {leasedUntil}", cancellationToken);
    }

    private static DateTimeOffset Microseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
