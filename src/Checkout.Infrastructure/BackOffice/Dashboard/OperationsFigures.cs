using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

/// <summary>
/// The one source of the operational figures: the dashboard's charts and tiles and the Prometheus gauges all read
/// here, straight from the database, so they agree and survive restarts (docs/decisions.md, "Operations").
/// A delivery attempt that is not <c>delivered</c> counts as a failure.
/// </summary>
internal sealed class OperationsFigures(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    /// <summary>How far back <see cref="OperationsTotals.RecentDeliveryLatencyMilliseconds"/> looks.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromHours(1);

    public async Task<OperationsTotals> TotalsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payments = await db.Database.SqlQuery<CurrencyPayments>($"""
            SELECT currency AS "Currency", count(*) AS "Count", COALESCE(SUM(amount_minor), 0)::bigint AS "VolumeMinor"
            FROM checkout_sessions WHERE status = 'Paid' GROUP BY currency ORDER BY currency
            """).ToListAsync(cancellationToken);
        var deliveries = await db.Database.SqlQuery<DeliveryCounts>($"""
            SELECT count(*) AS "Attempts", count(*) FILTER (WHERE outcome <> 'delivered') AS "Failures",
                   COALESCE(AVG(latency_ms) FILTER (WHERE attempted_at >= {now - RecentWindow}), 0)::float8 AS "RecentLatency"
            FROM webhook_delivery_attempts
            """).SingleAsync(cancellationToken);
        var reserves = await db.Database.SqlQuery<ReserveFigure>($"""
            SELECT partner_ocid AS "PartnerOcid", currency AS "Currency", mirrored_balance_minor AS "BalanceMinor", low_balance_threshold_minor AS "ThresholdMinor"
            FROM partner_holdings ORDER BY partner_ocid, currency
            """).ToListAsync(cancellationToken);
        var lag = await OutboxLagAsync(db, now, cancellationToken);
        return new OperationsTotals(now, payments, deliveries.Attempts, deliveries.Failures, deliveries.RecentLatency, lag, reserves);
    }

    /// <summary>The age of the oldest delivery that is due and not yet sent: how far the dispatcher is behind.</summary>
    public async Task<TimeSpan> OutboxLagAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OutboxLagAsync(db, time.GetUtcNow(), cancellationToken);
    }

    public async Task<IReadOnlyList<DailyPayments>> DailyPaymentsAsync(DateOnly from, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<DailyPayments>($"""
            SELECT (paid_at AT TIME ZONE 'UTC')::date AS "Day", currency AS "Currency", count(*) AS "Count", SUM(amount_minor)::bigint AS "VolumeMinor"
            FROM checkout_sessions
            WHERE status = 'Paid' AND paid_at >= {Start(from)}
            GROUP BY 1, 2 ORDER BY 1, 2
            """).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DailyOutcomes>> DailyOutcomesAsync(DateOnly from, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<DailyOutcomes>($"""
            SELECT (closed_at AT TIME ZONE 'UTC')::date AS "Day", count(*) FILTER (WHERE status = 'Paid') AS "Paid", count(*) AS "Ended"
            FROM checkout_sessions
            WHERE status IN ('Paid', 'Expired', 'Cancelled') AND closed_at >= {Start(from)}
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DailyDeliveries>> DailyDeliveriesAsync(DateOnly from, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<DailyDeliveries>($"""
            SELECT (attempted_at AT TIME ZONE 'UTC')::date AS "Day", count(*) AS "Attempts",
                   count(*) FILTER (WHERE outcome <> 'delivered') AS "Failures", AVG(latency_ms)::float8 AS "AverageLatencyMilliseconds"
            FROM webhook_delivery_attempts
            WHERE attempted_at >= {Start(from)}
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
    }

    private static async Task<TimeSpan> OutboxLagAsync(CheckoutDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldestDue = await db.Database.SqlQuery<DateTimeOffset?>($"""
            SELECT min(next_attempt_at) AS "Value" FROM webhook_deliveries WHERE status = 'Pending' AND next_attempt_at <= {now}
            """).SingleAsync(cancellationToken);
        return oldestDue is { } due ? now - due : TimeSpan.Zero;
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private sealed record DeliveryCounts(long Attempts, long Failures, double RecentLatency);
}
