using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Accounts;

[Collection(AccountBrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Theory]
    [InlineData("Admin", "/admin", "Back office")]
    [InlineData("Merchant", "/merchant", "Merchant portal")]
    [InlineData("Shopper", "/wallet", "Your wallet")]
    public async Task SignIn_AsDemoAccount_LandsOnItsRoleHome(string role, string home, string heading)
    {
        var account = DemoAccount.For(role);
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);

        await signIn.OpenAsync();
        await signIn.SignInAsync(account.Email, account.Password);

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + home);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Signed in as {account.DisplayName}");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorAndStaysOnForm()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);

        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Shopper.Email, "Wrong#password1");

        await Expect(signIn.Error).ToHaveTextAsync("Email or password is incorrect.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(DemoAccount.Shopper.Email);
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task SignIn_AfterOpeningProtectedPage_ReturnsToThatPage()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);

        await page.GotoAsync("/merchant?tab=webhooks");
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/account/login?ReturnUrl=%2Fmerchant%3Ftab%3Dwebhooks");
        await signIn.SignInAsync(DemoAccount.Merchant.Email, DemoAccount.Merchant.Password);

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/merchant?tab=webhooks");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Merchant portal", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WithForeignReturnUrl_LandsOnRoleHomeInstead()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);

        await signIn.OpenAsync(returnUrl: "https://evil.example/");
        await signIn.SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/wallet");
    }

    [Fact]
    public async Task SignOut_FromRoleHome_EndsTheSession()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/admin");

        await new AppBar(page).SignOutAsync();

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/account/login?ReturnUrl=%2Fadmin");
    }
}
