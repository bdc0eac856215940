namespace OpenCharge.Checkout.Domain.Common;

/// <summary>An expected failure with a stable code; the web edge maps codes to the protocol's envelope and status.</summary>
public sealed record DomainError(string Code, string Message);
