namespace OpenCharge.Checkout.Infrastructure.Idempotency;

/// <summary>
/// The first response to a caller's <c>Idempotency-Key</c>, replayed for every repeat of the same request. The row is
/// inserted before the work starts, so concurrent repeats wait for it instead of doing the work again; the claim is
/// a lease, so a holder that died (crash, kill) cannot keep the key busy for ever.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 255;

    public long CallerOcid { get; init; }

    public string Key { get; init; } = "";

    /// <summary>SHA-256 of method, path and body: the same key with another request is a conflict.</summary>
    public string RequestHash { get; init; } = "";

    public int? StatusCode { get; set; }

    public byte[]? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who holds the claim now: only that holder may complete or release it.</summary>
    public Guid ClaimToken { get; init; }

    /// <summary>Until when the holder may work without a repeat taking the claim over.</summary>
    public DateTimeOffset LeaseExpiresAt { get; init; }
}
