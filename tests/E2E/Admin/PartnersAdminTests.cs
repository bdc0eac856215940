using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

[Collection(AccountBrowserCollection.Name)]
public sealed class PartnersAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task AddPartner_AsSandboxAdmin_ListsItWithItsLowHoldingAfterReload()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var partners = new PartnersAdminPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/admin");

        await partners.OpenAsync();
        await partners.AddProviderAsync("777", "E2E Bank", "USD", "40.00", "50.00");

        await Expect(partners.Status).ToHaveTextAsync("Partner 777 saved.");
        await page.ReloadAsync();
        var row = partners.Rows.Filter(new() { HasText = "E2E Bank" });
        await Expect(row).ToContainTextAsync("777");
        await Expect(row).ToContainTextAsync("Settlement provider");
        await Expect(row).ToContainTextAsync("40.00 USD");
        await Expect(row).ToContainTextAsync("Low balance");
        await page.AssertNoAxeViolationsAsync();
    }
}
