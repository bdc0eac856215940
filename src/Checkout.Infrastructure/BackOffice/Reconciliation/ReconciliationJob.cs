using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>
/// The daily reconciliation. Each process runs its own; two runs a day are two stored results of the same
/// read-only check, which is harmless.
/// </summary>
internal sealed class ReconciliationJob(RunReconciliation reconcile) : IPeriodicJob
{
    public static TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var run = await reconcile.ExecuteAsync(AuditActions.System, cancellationToken);
        return run.Discrepancies.Count;
    }
}
