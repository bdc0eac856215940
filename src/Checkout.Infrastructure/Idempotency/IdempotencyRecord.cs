namespace OpenCharge.Checkout.Infrastructure.Idempotency;

/// <summary>
/// The first response to a caller's <c>Idempotency-Key</c>, replayed for every repeat of the same request. The row is
/// inserted before the work starts, so concurrent repeats wait for it instead of doing the work again.
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
}
