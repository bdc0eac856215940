namespace OpenCharge.Checkout.Domain.Audit;

/// <summary>The append-only audit trail.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds the event to the current unit of work, so it commits together with the change it describes
    /// (or not at all). Call <see cref="Common.IUnitOfWorkScope.CommitAsync"/> as usual.
    /// </summary>
    void Append(AuditEvent auditEvent);

    /// <summary>Writes the event on its own, for actions that change nothing else in our database.</summary>
    Task AppendNowAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}
