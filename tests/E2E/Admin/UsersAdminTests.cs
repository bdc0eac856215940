using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

/// <summary>
/// Each action of /admin/users on the demo shopper, seen where it matters: a locked account cannot sign in, a granted
/// role opens its pages and a revoked one closes them again; the admin cannot lock or demote themselves. Every test
/// leaves the shopper as it found them.
/// </summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class UsersAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private const string MerchantHome = "/merchant";
    private static readonly DemoAccount Shopper = DemoAccount.Shopper;

    [Fact]
    public async Task LockThenUnlock_LockedShopperCannotSignInUnlockedCan()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await OpenAsAdminAsync(context);
        var users = new UsersAdminPage(page);
        await users.FindAsync(Shopper.Email);
        await Expect(users.LockState(Shopper.Email)).ToHaveTextAsync("Active");

        await users.ClickAsync(Shopper.Email, "Lock");

        await Expect(users.Status).ToHaveTextAsync($"{Shopper.Email} updated.");
        await Expect(users.LockState(Shopper.Email)).ToHaveTextAsync("Locked");
        await using (var refused = await browser.NewContextAsync(app.Host.BaseUrl))
        {
            var refusedPage = await refused.NewPageAsync();
            var signIn = new SignInPage(refusedPage);
            await signIn.OpenAsync();
            await signIn.SubmitPasswordAsync(Shopper.Email, Shopper.Password);
            await Expect(signIn.Error).ToHaveTextAsync("This account is suspended. Contact the operator of this gateway.");
            await Expect(refusedPage).ToHaveURLAsync(new Regex(Regex.Escape(SignInPage.Path) + "$"));
        }

        await users.ClickAsync(Shopper.Email, "Unlock");

        await Expect(users.LockState(Shopper.Email)).ToHaveTextAsync("Active");
        await using var admitted = await browser.NewContextAsync(app.Host.BaseUrl);
        var shopperPage = await admitted.NewPageAsync();
        await SignInAsShopperAsync(shopperPage, "/wallet");
        await Expect(shopperPage).ToHaveURLAsync(app.Host.BaseUrl + "/wallet");
    }

    [Fact]
    public async Task GrantThenRevokeRoles_OpenAndCloseTheirPagesForTheShopper()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await OpenAsAdminAsync(context);
        var users = new UsersAdminPage(page);
        await users.FindAsync(Shopper.Email);
        await Expect(users.Roles(Shopper.Email)).ToHaveTextAsync("Shopper");

        await users.ClickAsync(Shopper.Email, "Grant Merchant");
        await Expect(users.Roles(Shopper.Email)).ToHaveTextAsync("Merchant, Shopper");
        await ExpectShopperOnAsync(MerchantHome, "Merchant portal");
        await users.ClickAsync(Shopper.Email, "Revoke Merchant");
        await Expect(users.Roles(Shopper.Email)).ToHaveTextAsync("Shopper");
        await ExpectShopperDeniedAsync(MerchantHome);

        await users.ClickAsync(Shopper.Email, "Grant Admin");
        await Expect(users.Roles(Shopper.Email)).ToHaveTextAsync("Admin, Shopper");
        await ExpectShopperAskedToEnrolAsync();
        await users.ClickAsync(Shopper.Email, "Revoke Admin");
        await Expect(users.Roles(Shopper.Email)).ToHaveTextAsync("Shopper");
        await ExpectShopperDeniedAsync(AdminDashboardPage.Path);
    }

    [Fact]
    public async Task LockOrDemoteOneself_IsRefusedAndChangesNothing()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await OpenAsAdminAsync(context);
        var users = new UsersAdminPage(page);
        await users.FindAsync(DemoAccount.Admin.Email);

        await users.ClickAsync(DemoAccount.Admin.Email, "Lock");
        await Expect(users.Status).ToHaveTextAsync("You cannot lock your own account.");
        await users.ClickAsync(DemoAccount.Admin.Email, "Revoke Admin");
        await Expect(users.Status).ToHaveTextAsync("You cannot remove your own Admin role.");

        await Expect(users.LockState(DemoAccount.Admin.Email)).ToHaveTextAsync("Active");
        await Expect(users.Roles(DemoAccount.Admin.Email)).ToContainTextAsync("Admin");
        await page.AssertNoAxeViolationsAsync();
    }

    private async Task<IPage> OpenAsAdminAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(UsersAdminPage.Path);
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + UsersAdminPage.Path);
        return page;
    }

    /// <summary>Signs the shopper in afresh (a new browser profile, so the roles are read anew) on the way to <paramref name="path"/>.</summary>
    private async Task SignInAsShopperAsync(IPage page, string path)
    {
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(path);
        await signIn.SignInAsync(Shopper.Email, Shopper.Password);
    }

    private async Task ExpectShopperOnAsync(string path, string heading)
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsShopperAsync(page, path);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
    }

    private async Task ExpectShopperDeniedAsync(string path)
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsShopperAsync(page, path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/denied"));
    }

    /// <summary>An admin must enrol a second factor before the role counts: the password step sends them to enrol.</summary>
    private async Task ExpectShopperAskedToEnrolAsync()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(AdminDashboardPage.Path);
        await signIn.SubmitPasswordAsync(Shopper.Email, Shopper.Password);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SignInPage.TwoFactorPath)));
    }
}
