using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Audit;

internal sealed class EfAuditLog(CheckoutDbContext db) : IAuditLog
{
    public void Append(AuditEvent auditEvent) => db.AuditEvents.Add(auditEvent);

    public async Task AppendNowAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
    }
}
