using System.Net;
using System.Text.RegularExpressions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>What every page and every protocol answer must carry (docs/decisions.md, "Browser security").</summary>
internal static partial class SecurityHeaderAssertions
{
    /// <summary>The page policy, and the import map rendered with the nonce that policy names. Returns the nonce.</summary>
    public static string AssertPageHeaders(HttpResponseMessage response, string body)
    {
        var csp = Single(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        var scriptSrc = Directive(csp, "script-src");
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
        var nonce = Assert.Single(NonceSource().Matches(scriptSrc)).Groups[1].Value;
        var importMap = ImportMapNonce().Match(body);
        Assert.True(importMap.Success, "The page has no import map with a nonce.");
        Assert.Equal(nonce, WebUtility.HtmlDecode(importMap.Groups[1].Value));

        AssertCommonHeaders(response);
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        return nonce;
    }

    public static void AssertApiHeaders(HttpResponseMessage response)
    {
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        AssertCommonHeaders(response);
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    public static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"), "The Server header names our web server.");
    }

    private static string Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).Single(directive => directive.StartsWith(name + " ", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<script type=\"importmap\" nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNonce();
}
