namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// Where a QR's link may lead: only under the <c>config.endpoint</c> the registry gives for the QR's OCID. The code
/// is printed by whoever made it, while the endpoint is what the merchant's signed metadata vouches for; a link
/// elsewhere would let a forged sticker send our signed calls to any host (endpoints.md C7: addresses come from
/// the registry, never from the peer).
/// </summary>
internal static class MerchantAddress
{
    /// <summary>The link's path and query relative to <paramref name="endpoint"/> (e.g. <c>/orders/ord_1</c>), or null when it lies elsewhere.</summary>
    public static string? PathUnder(string endpoint, Uri link)
    {
        if (!Uri.TryCreate(endpoint.TrimEnd('/') + "/", UriKind.Absolute, out var root)
            || !string.Equals(root.Scheme, link.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(root.Authority, link.Authority, StringComparison.OrdinalIgnoreCase)
            || !link.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal)
            || link.AbsolutePath.Length == root.AbsolutePath.Length)
        {
            return null;
        }
        var path = link.PathAndQuery[(root.AbsolutePath.Length - 1)..];
        // Uri has already removed plain dot segments; an encoded one (%2e%2e, ..%2f) could still climb out at the merchant.
        return HasDotSegment(path) ? null : path;
    }

    private static bool HasDotSegment(string path) =>
        Uri.UnescapeDataString(path.Split('?')[0]).Split('/', '\\').Any(segment => segment is "." or "..");
}
