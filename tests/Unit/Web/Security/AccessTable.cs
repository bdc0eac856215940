namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>
/// The designed authorization table, by route prefix (the longest matching prefix decides). A route no row covers fails
/// <see cref="AuthorizationMatrixTests"/>: whoever adds one decides here who may use it.
/// </summary>
internal static class AccessTable
{
    public static IReadOnlyList<(string Prefix, RouteAccess Access)> Rows { get; } =
    [
        ("/admin", RouteAccess.AdminOnly),
        ("/merchant", RouteAccess.MerchantOnly),
        ("/wallet", RouteAccess.ShopperOnly),
        ("/opencharge", RouteAccess.SignedRequest),
        // authentication.md §6: metadata is public so that peers can find our key.
        ("/opencharge/metadata.json", RouteAccess.Public),
        // gaps.md G24: the OpenAPI files list no auth headers on these GETs, and we demand none.
        ("/opencharge/verify", RouteAccess.Public),
        ("/opencharge/orders/{orderId:protocolid}/status", RouteAccess.Public),
        // The sandbox's Demo Store and its peers answer only in sandbox mode; the peers check signatures themselves.
        ("/sandbox", RouteAccess.Public),
        ("/account", RouteAccess.Public),
        ("/account/two-factor", RouteAccess.SignedIn),
        ("/account/login/two-factor", RouteAccess.SignInStep),
        // A hosted checkout is opened by whoever holds the link; the page asks the shopper to sign in to pay.
        ("/pay", RouteAccess.Public),
        ("/Error", RouteAccess.Public),
        // The language picker's target: sets the culture cookie and redirects to a local path only.
        ("/culture", RouteAccess.Public),
        ("/health", RouteAccess.Public),
        ("/metrics", RouteAccess.Public),
        ("/openapi", RouteAccess.Public),
        ("/docs/api", RouteAccess.Public),
        ("/_blazor", RouteAccess.Framework),
        ("/_framework", RouteAccess.Framework),
        ("/_content", RouteAccess.Framework),
    ];

    /// <summary>The start page, which is "/" exactly and not a prefix of everything.</summary>
    public const RouteAccess Root = RouteAccess.Public;

    public static RouteAccess? For(string path)
    {
        if (path == "/")
        {
            return Root;
        }
        var row = Rows
            .Where(row => path.Equals(row.Prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(row.Prefix + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(static row => row.Prefix.Length)
            .Select(static row => (RouteAccess?)row.Access)
            .FirstOrDefault();
        // Files served as they are (styles, scripts, images) carry an extension in their last segment.
        return row ?? (Path.HasExtension(path) && !path.Contains('{', StringComparison.Ordinal) ? RouteAccess.Framework : null);
    }
}
