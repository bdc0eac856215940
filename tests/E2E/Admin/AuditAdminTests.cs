using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

/// <summary>
/// The audit viewer over changes made in the test: an admin locks and unlocks the demo merchant at /admin/users, and
/// /admin/audit lists both with actor, action and subject, narrows them by each filter, opens their before and after,
/// and offers no way to change or remove a line.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private static readonly string Admin = DemoAccount.Admin.Email;
    private static readonly string Merchant = DemoAccount.Merchant.Email;

    [Fact]
    public async Task LockAndUnlock_AppearWithActorActionAndSubject_FiltersNarrowThemAndNothingCanBeEdited()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var users = new UsersAdminPage(page);
        var audit = new AuditAdminPage(page);
        await signIn.OpenAsync(UsersAdminPage.Path);
        await signIn.SignInAsync(Admin, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + UsersAdminPage.Path);
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
        await audit.Rows.First.ClickAsync();
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

    private static async Task ExpectRowAsync(ILocator row, string actor, string action, string subject)
    {
        await Expect(row.GetByTestId("audit-actor")).ToHaveTextAsync(actor);
        await Expect(row.GetByTestId("audit-action")).ToHaveTextAsync(action);
        await Expect(row.GetByTestId("audit-subject")).ToHaveTextAsync(subject);
    }
}
