using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// A merchant order whose signature has been verified (objects.md §1). <see cref="Json"/> is the order exactly as
/// signed; <see cref="Amount"/> keeps the merchant's string verbatim because proofs must repeat it byte for byte.
/// </summary>
public sealed record SignedOrder(
    string Id,
    Ocid MerchantOcid,
    string Amount,
    Money Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<Ocid>? Accepts,
    string Json,
    string Signature)
{
    public const int MaxIdLength = 128;

    public string? Reference { get; init; }

    public string? Memo { get; init; }

    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    /// <summary>
    /// The order's canonical JSON (the bytes its signature covers) when whoever read the order made it from the parsed
    /// request already, so checking the signature does not parse the order a second time (issue 11); else null.
    /// </summary>
    public byte[]? CanonicalBytes { get; init; }

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt < now;
}
