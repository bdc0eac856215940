namespace OpenCharge.Checkout.Infrastructure.Configuration;

/// <summary><c>Opencharge:Idempotency</c>: how long a claimed <c>Idempotency-Key</c> stays with its first request.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>
    /// After this many seconds without a stored response, a repeat takes the key over: the first request's process is
    /// presumed dead. It must outlast the slowest request (outbound calls time out after 5–10 s).
    /// </summary>
    public int LeaseSeconds { get; set; } = 60;
}
