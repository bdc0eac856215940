using System.Net;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static OpenCharge.Checkout.E2E.Security.SecurityHeaderAssertions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>Outside Development: Secure cookies always, HSTS on HTTPS, and HTTPS recognised behind a trusted proxy.</summary>
public sealed class OutsideDevelopmentTests(BehindProxyFixture app) : IClassFixture<BehindProxyFixture>, IDisposable
{
    private readonly FormClient _client = new(app.Host.BaseUrl);

    [Fact]
    public async Task Get_SignInPage_SetsSecureHttpOnlyStrictAntiforgeryCookie()
    {
        await _client.GetAsync(SignInPage.Path);

        AssertCookie(_client.LastSetCookie(".AspNetCore.Antiforgery."), "strict");
    }

    [Fact]
    public async Task Register_SetsSecureHttpOnlyLaxSignInCookie()
    {
        var registered = await _client.RegisterAsync(AccountForms.NewEmail());

        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        AssertCookie(_client.LastSetCookie(".AspNetCore.Identity.Application="), "lax");
    }

    [Fact]
    public async Task Get_PageForwardedAsHttpsByTrustedProxy_CarriesHsts()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, app.Host.BaseUrl + SignInPage.Path);
        // As a proxy forwards it: the public host (HSTS is never sent for localhost or 127.0.0.1), the client, the scheme.
        request.Headers.Host = "checkout.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await http.SendAsync(request);

        Assert.Equal("max-age=31536000", Single(response, "Strict-Transport-Security"));
        AssertPageHeaders(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_PageOverPlainHttp_HasNoHsts()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(app.Host.BaseUrl + SignInPage.Path);

        // RFC 6797 §7.2: HSTS sent over plain HTTP must be ignored, so we do not send it.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    public void Dispose() => _client.Dispose();

    private static void AssertCookie(string setCookie, string sameSite)
    {
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(static a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=" + sameSite, attributes);
    }
}
