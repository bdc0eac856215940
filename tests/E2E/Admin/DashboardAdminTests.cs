using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

/// <summary>The dashboard's payment tiles move by exactly one payment and its amount when the demo shopper pays.</summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class DashboardAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task PaidDemoStoreCheckout_AddsOnePaymentAndItsAmountToTheTiles()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var dashboard = new AdminDashboardPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + AdminDashboardPage.Path);
        await Expect(dashboard.Heading).ToBeVisibleAsync();
        var usd = Currency.Of("USD");
        var (countBefore, volumeBefore) = await dashboard.PaidAsync(usd);

        var session = await DemoStorePurchase.PayAndAwaitProofAsync(browser, app.Host.BaseUrl);
        var amount = await SessionAmounts.OfAsync(app.Database.ConnectionString, session);
        await page.ReloadAsync();

        Assert.Equal(usd, amount.Currency);
        await Expect(dashboard.PaymentsCount(usd)).ToHaveTextAsync($"{countBefore + 1} payments");
        await Expect(dashboard.PaymentsVolume(usd)).ToHaveTextAsync(volumeBefore.Add(amount).ToString());
        await page.AssertNoAxeViolationsAsync();
    }
}
