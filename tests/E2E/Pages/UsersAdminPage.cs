using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin/users, as an operator uses it: search by email, then the buttons on the user's row.</summary>
public sealed class UsersAdminPage(IPage page)
{
    public const string Path = "/admin/users";

    /// <summary>The region announcing the outcome of the last change ("… updated." or why it was refused).</summary>
    public ILocator Status => page.GetByTestId("users-status");

    public ILocator Rows => page.GetByTestId("users-table").Locator("tbody tr");

    public ILocator Roles(string email) => Row(email).GetByTestId("user-roles");

    public ILocator LockState(string email) => Row(email).Locator("td[data-testid=user-lock]");

    public ILocator TwoFactor(string email) => Row(email).GetByTestId("user-2fa");

    /// <summary>Narrows the table to <paramref name="email"/>, once the circuit is up (typed into the prerendered page, the text would be lost).</summary>
    public async Task FindAsync(string email)
    {
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lock", Exact = true }).First).ToBeEnabledAsync();
        await page.GetByLabel("Search by email or name").FillAsync(email);
        await Expect(Rows).ToHaveCountAsync(1);
        await Expect(Row(email)).ToBeVisibleAsync();
    }

    /// <summary>Clicks one of the row's actions by its name ("Lock", "Unlock", "Grant Merchant", "Revoke Admin"…).</summary>
    public async Task ClickAsync(string email, string action) =>
        await Row(email).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    private ILocator Row(string email) => Rows.Filter(new() { HasText = email });
}
