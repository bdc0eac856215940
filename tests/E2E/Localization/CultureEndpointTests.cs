using System.Net;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>GET /culture/{culture}: stores a served language in the culture cookie and goes back to a local page only.</summary>
public sealed class CultureEndpointTests(CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>, IDisposable
{
    private const string CultureCookie = ".AspNetCore.Culture";

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.Host.BaseUrl) };

    [Fact]
    public async Task Choose_Arabic_SetsTheCultureCookieForAYearAndReturnsToThePage()
    {
        using var response = await _http.GetAsync("/culture/ar?returnUrl=" + Uri.EscapeDataString("/pay/sess_1?x=1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/pay/sess_1?x=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=", StringComparison.Ordinal));
        Assert.StartsWith(CultureCookie + "=c%3Dar%7Cuic%3Dar;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task Choose_ReturnUrlNotLocal_GoesHomeInstead(string returnUrl)
    {
        using var response = await _http.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("qps-Ploc")]
    public async Task Choose_LanguageNotServed_LeavesTheCookieAlone(string culture)
    {
        using var response = await _http.GetAsync($"/culture/{culture}?returnUrl=%2Fwallet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wallet", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(CultureCookie, StringComparison.Ordinal)));
    }

    public void Dispose() => _http.Dispose();
}
