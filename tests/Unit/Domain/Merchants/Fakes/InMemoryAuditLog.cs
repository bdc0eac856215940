using OpenCharge.Checkout.Domain.Audit;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;

internal sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEvent> _events = [];

    public IReadOnlyList<AuditEvent> Events => _events;

    public void Append(AuditEvent auditEvent) => _events.Add(auditEvent);

    public Task AppendNowAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        _events.Add(auditEvent);
        return Task.CompletedTask;
    }
}
