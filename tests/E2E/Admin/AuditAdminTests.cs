using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

/// <summary>
/// The audit viewer over changes made in the test: an admin locks and unlocks the demo merchant at /admin/users, or
/// the merchant claims and rebrands the Demo Store, and /admin/audit lists each with actor, action and subject, narrows
/// them by each filter, opens their before and after, and offers no way to change or remove a line.
/// </summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class AuditAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private const long DemoStoreOcid = 9001;
    private static readonly string Admin = DemoAccount.Admin.Email;
    private static readonly string Merchant = DemoAccount.Merchant.Email;

    [Fact]
    public async Task LockAndUnlock_AppearWithActorActionAndSubject_FiltersNarrowThemAndNothingCanBeEdited()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await SignInAsync(context, DemoAccount.Admin, UsersAdminPage.Path);
        var users = new UsersAdminPage(page);
        var audit = new AuditAdminPage(page);
        await users.FindAsync(Merchant);
        await users.ClickAsync(Merchant, "Lock");
        await Expect(users.LockState(Merchant)).ToHaveTextAsync("Locked");
        await users.ClickAsync(Merchant, "Unlock");
        await Expect(users.LockState(Merchant)).ToHaveTextAsync("Active");

        await audit.OpenAsync();
        await audit.FilterBySubjectAsync(Merchant);

        await Expect(audit.Rows).ToHaveCountAsync(2);
        await ExpectRowAsync(audit.Rows.Nth(0), Admin, "user.unlocked", Merchant);
        await ExpectRowAsync(audit.Rows.Nth(1), Admin, "user.locked_out", Merchant);
        await audit.FilterByActionAsync("user.locked_out");
        await Expect(audit.Rows).ToHaveCountAsync(1);
        await ExpectRowAsync(audit.Rows.First, Admin, "user.locked_out", Merchant);
        await audit.OpenRowAsync(audit.Rows.First);
        await Expect(audit.Before).ToContainTextAsync(new Regex("\"lockedUntil\":\\s*null"));
        await Expect(audit.After).ToContainTextAsync(new Regex("\"lockedUntil\":\\s*\"9999-12-31"));
        await audit.FilterByActorAsync("someone-else@e2e.test");
        await Expect(audit.Rows).ToHaveCountAsync(0);
        await Expect(audit.Table).ToContainTextAsync("No audit event matches.");
        await audit.FilterByActorAsync(Admin);
        await Expect(audit.Rows).ToHaveCountAsync(1);

        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("edit|delete|remove|save|undo", RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await Expect(audit.Table.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task MerchantClaimsAndRebrandsTheDemoStore_BothAppearWithTheMerchantAsActor()
    {
        await using (var merchantContext = await browser.NewContextAsync(app.Host.BaseUrl))
        {
            var merchantPage = await SignInAsync(merchantContext, DemoAccount.Merchant, "/merchant");
            var portal = new MerchantPortalPage(merchantPage);
            await portal.OpenOnboardingAsync(app.Host.BaseUrl);
            await portal.ClaimDemoStoreAsync();
            await Expect(portal.ClaimResult).ToContainTextAsync($"OCID {DemoStoreOcid} is now yours.");
            await portal.OpenSettingsAsync(app.Host.BaseUrl, DemoStoreOcid);
            await portal.SetBrandingAsync("Audited Shop", "#1a73e8");
            await portal.SaveSettingsAsync();
            await Expect(portal.SettingsSaved).ToBeVisibleAsync();
        }
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await SignInAsync(context, DemoAccount.Admin, AdminDashboardPage.Path);
        var audit = new AuditAdminPage(page);

        await audit.OpenAsync();
        await audit.FilterByActorAsync(Merchant);

        await Expect(audit.Rows).ToHaveCountAsync(2);
        await ExpectRowAsync(audit.Rows.Nth(0), Merchant, "merchant.settings.changed", DemoStoreOcid.ToString(CultureInfo.InvariantCulture));
        await ExpectRowAsync(audit.Rows.Nth(1), Merchant, "merchant.claimed", DemoStoreOcid.ToString(CultureInfo.InvariantCulture));
        await audit.OpenRowAsync(audit.Rows.First);
        await Expect(audit.After).ToContainTextAsync("Audited Shop");
        await Expect(audit.Before).Not.ToContainTextAsync("Audited Shop");
    }

    private async Task<IPage> SignInAsync(IBrowserContext context, DemoAccount account, string landing)
    {
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(landing);
        await signIn.SignInAsync(account.Email, account.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + landing);
        return page;
    }

    private static async Task ExpectRowAsync(ILocator row, string actor, string action, string subject)
    {
        await Expect(row.GetByTestId("audit-actor")).ToHaveTextAsync(actor);
        await Expect(row.GetByTestId("audit-action")).ToHaveTextAsync(action);
        await Expect(row.GetByTestId("audit-subject")).ToHaveTextAsync(subject);
    }
}
