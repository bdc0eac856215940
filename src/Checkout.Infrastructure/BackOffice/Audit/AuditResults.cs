using OpenCharge.Checkout.Domain.Audit;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Audit;

/// <summary>One page of audit events, newest first, and how many match the filter in all.</summary>
public sealed record AuditResults(IReadOnlyList<AuditEvent> Events, int Total);
