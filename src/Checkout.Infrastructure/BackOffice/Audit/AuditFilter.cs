namespace OpenCharge.Checkout.Infrastructure.BackOffice.Audit;

/// <summary>
/// What the audit viewer narrows to; every part is optional. Actor and subject match anywhere in the text, the action
/// exactly, and the dates are whole UTC days, both included.
/// </summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, string? Subject = null, DateOnly? From = null, DateOnly? To = null);
