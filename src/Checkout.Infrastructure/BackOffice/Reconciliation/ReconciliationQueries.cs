using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>Stored runs for the back office, newest first; a context per call, as a long-lived circuit needs.</summary>
internal sealed class ReconciliationQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<IReadOnlyList<ReconciliationRun>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ReconciliationRun>().AsNoTracking()
            .OrderByDescending(r => r.RanAt)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
