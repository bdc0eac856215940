using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Accounts;

[Collection(AccountBrowserCollection.Name)]
public sealed class RegisterTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task Register_ReachedFromSignIn_KeepsReturnUrlAndSignsIn()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(returnUrl: "/wallet?from=checkout");

        await signIn.GoToRegisterAsync();
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/account/register?ReturnUrl=%2Fwallet%3Ffrom%3Dcheckout");
        await new RegisterPage(page).RegisterAsync("Ada Shopper", $"ada-{Guid.NewGuid():N}@e2e.test", "Ada#e2e2026");

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/wallet?from=checkout");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your wallet", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Signed in as Ada Shopper");
    }

    [Fact]
    public async Task Register_WithTakenEmail_ShowsErrorAndCreatesNothing()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");

        await new RegisterPage(page).RegisterAsync("Impostor", DemoAccount.Shopper.Email, "Impostor#e2e2026");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Email '{DemoAccount.Shopper.Email}' is already taken.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create an account", Level = 1 })).ToBeVisibleAsync();
    }
}
