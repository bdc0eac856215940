using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Checkout;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;
using static OpenCharge.Checkout.E2E.Security.SecurityHeaderAssertions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// Security headers on our pages and protocol answers, and the hosted checkout, sign-up and Demo Store still working
/// in Chromium under the Content-Security-Policy, without a single violation.
/// </summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class BrowserSecurityTests(BrowserFixture browser, HostedCheckoutFixture app) : IClassFixture<HostedCheckoutFixture>, IDisposable
{
    private const string CheckoutPagePlaceholder = "/pay/{id}";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData("/")]
    [InlineData(SignInPage.Path)]
    [InlineData(CheckoutPagePlaceholder)]
    public async Task Get_Page_CarriesSecurityHeaders(string path)
    {
        var url = path == CheckoutPagePlaceholder ? await app.CreateCheckoutAsync() : app.Host.BaseUrl + path;

        using var response = await Http.GetAsync(url);

        response.EnsureSuccessStatusCode();
        AssertPageHeaders(response, await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS in Development would pin localhost to HTTPS.");
    }

    [Fact]
    public async Task Get_PageTwice_UsesFreshNonceEachTime()
    {
        using var first = await Http.GetAsync(app.Host.BaseUrl + "/");
        using var second = await Http.GetAsync(app.Host.BaseUrl + "/");

        Assert.NotEqual(
            AssertPageHeaders(first, await first.Content.ReadAsStringAsync()),
            AssertPageHeaders(second, await second.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/opencharge/metadata.json")]
    [InlineData("/opencharge/no-such-endpoint")]
    public async Task Get_ProtocolPath_CarriesApiSecurityHeaders(string path)
    {
        using var response = await Http.GetAsync(app.Host.BaseUrl + path);

        AssertApiHeaders(response);
    }

    [Fact]
    public async Task ForwardedProto_WithoutTrustedProxies_IsIgnored()
    {
        using var client = new FormClient(app.Host.BaseUrl);
        client.Headers["X-Forwarded-Proto"] = "https";

        await client.GetAsync(SignInPage.Path);

        Assert.DoesNotContain("secure", client.LastSetCookie(".AspNetCore.Antiforgery."), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pay_AfterSigningIn_SucceedsWithoutCspViolation()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync("12.50");
        await checkout.OpenAsync(url);

        await checkout.SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(url);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(app.MerchantGateway.SuccessUrl, new() { Timeout = 20_000 });

        csp.AssertEnforcedWithoutViolation(app.Host.BaseUrl);
    }

    [Fact]
    public async Task Register_MidCheckout_TopUpAndPay_WithoutCspViolation()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync("40.00");
        await checkout.OpenAsync(url);

        await checkout.CreateAccountAsync();
        await new RegisterPage(page).RegisterAsync("Cora Csp", AccountForms.NewEmail(), AccountForms.Password);
        await Expect(page).ToHaveURLAsync(url);
        await checkout.AddTestFundsAsync();
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.StayOnReceiptAsync();

        csp.AssertEnforcedWithoutViolation(app.Host.BaseUrl);
    }

    [Fact]
    public async Task DemoStore_BuyAndPay_WithoutCspViolation()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);

        await DemoStorePurchase.BuyFirstProductAndSignInAsync(page);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.ReturnToMerchantAsync();
        await Expect(new DemoOrderPage(page).Status).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);

        csp.AssertEnforcedWithoutViolation(app.Host.BaseUrl);
    }

    [Fact]
    public async Task InjectedInlineScript_IsRefusedAndReported()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var ran = await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.injectedRan = true';
                document.head.appendChild(script);
                return window.injectedRan === true;
            }
            """);

        Assert.False(ran, "An inline script without the nonce ran.");
        await csp.WaitForAsync(static violation => violation.StartsWith("script-src-elem refused inline", StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task StringEval_IsRefusedAndReported()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Through a timer, because code that DevTools evaluates directly is exempt from the page's CSP.
        await page.EvaluateAsync("() => setTimeout('window.evalRan = true', 0)");

        await csp.WaitForAsync(static violation => violation.StartsWith("script-src refused eval", StringComparison.Ordinal), Patience);
        Assert.False(await page.EvaluateAsync<bool>("() => window.evalRan === true"), "A string was compiled as code.");
    }

    [Fact]
    public async Task ApiReference_RendersUnderItsOwnPolicy_WithoutEval()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var csp = await CspWatcher.AttachAsync(context);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/docs/api/");

        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OpenCharge Checkout: Opencharge protocol endpoints" }).First).ToBeVisibleAsync();
        // Scalar probes once whether it may compile code (try { Function('') } catch) and carries on without; nothing else may be refused.
        Assert.All(csp.Violations, static violation =>
            Assert.Matches(@"^script-src refused eval \(http://[^/]+/docs/api/scalar\.js:", violation));
    }

    public void Dispose() => Http.Dispose();
}
