using System.Text.Json;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>Checks the books now, stores the run and audits it (<c>reconciliation.run</c>) in one commit.</summary>
internal sealed class RunReconciliation(CheckoutDbContext db, ReconciliationChecks checks, IAuditLog audit, TimeProvider time)
{
    // actor: the signed-in admin's email, or AuditActions.System for the daily job.
    public async Task<ReconciliationRun> ExecuteAsync(string actor, CancellationToken cancellationToken)
    {
        var findings = await checks.RunAsync(cancellationToken);
        var run = ReconciliationRun.Record(time.GetUtcNow(), actor, findings);
        db.Set<ReconciliationRun>().Add(run);
        var summary = JsonSerializer.Serialize(new
        {
            passed = run.Passed,
            accounts = run.AccountsChecked,
            currencies = run.CurrenciesChecked,
            sessions = run.SessionsChecked,
            discrepancies = run.Discrepancies.Count,
        });
        audit.Append(AuditEvent.Record(run.RanAt, actor, AuditActions.ReconciliationRun, run.Id.ToString(), null, summary));
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}
