using System.Security.Cryptography;

namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>The <c>body_hash</c> field of canonical requests and responses: lowercase hex SHA-256 of the body bytes.</summary>
public static class BodyHash
{
    /// <summary>SHA-256 of no bytes: the hash for a request or response without a body (authentication.md §3).</summary>
    public const string Empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>SHA-256 of <c>{}</c>: what Express-based peers hash for an empty body (gaps.md G1).</summary>
    public const string EmptyObject = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, digest);
        return Convert.ToHexStringLower(digest);
    }
}
