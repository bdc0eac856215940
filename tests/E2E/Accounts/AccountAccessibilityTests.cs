using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Accounts;

[Collection(AccountBrowserCollection.Name)]
public sealed class AccountAccessibilityTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/denied")]
    public async Task Page_SignedOut_HasNoAxeViolations(string path)
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task SignInForm_FailedAttempt_HasNoAxeViolations()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync("nobody@e2e.test", "Nobody#e2e2026");

        await Expect(signIn.Error).Not.ToBeEmptyAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task RoleHome_SignedIn_HasNoAxeViolations()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync(DemoAccount.Merchant.Email, DemoAccount.Merchant.Password);

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task SignIn_UsingOnlyTheKeyboard_LandsOnRoleHome()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        await new SignInPage(page).OpenAsync();

        // The page focuses its heading on load, so the first Tab reaches the first field.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoAccount.Shopper.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoAccount.Shopper.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/wallet");
    }
}
