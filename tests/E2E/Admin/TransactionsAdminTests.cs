using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

/// <summary>
/// The admin's main back office path over a real payment: the demo shopper buys at the Demo Store (merchant 9001 via
/// the Demo Gateway), then the admin filters the grid by merchant and status, reloads the linked view, opens the
/// payment's timeline (both ledger legs and the delivery attempt of our proof) and exports the CSV, whose rows are the
/// grid's.
/// </summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class TransactionsAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task FilterOpenTimelineAndExport_AsAdmin_ShowTheDemoPaymentAndTheCsvMatchesTheGrid()
    {
        var session = await DemoStorePurchase.PayAndAwaitProofAsync(browser, app.Host.BaseUrl);
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var transactions = new TransactionsAdminPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/admin");
        // The second factor's step ends in a navigation of its own: click the menu only once the dashboard has loaded.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Back office", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await transactions.OpenFromNavAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/transactions"));
        await transactions.FilterAsync("9001", "Paid");

        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/transactions\?kind=payments&status=Paid&merchant=9001$"));
        await Expect(transactions.Rows).ToHaveCountAsync(1);
        await Expect(transactions.Row(session)).ToContainTextAsync("Paid");
        await page.ReloadAsync();
        await Expect(transactions.Row(session)).ToBeVisibleAsync();
        await transactions.WaitUntilInteractiveAsync();
        await page.AssertNoAxeViolationsAsync();
        var csv = await transactions.ExportCsvAsync();
        var gridIds = await transactions.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        var records = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("schema_version,kind,id,time_utc,status,", records[0]);
        Assert.Equal(gridIds, records.Skip(1).Select(r => r.Split(',')[2]));
        Assert.All(records.Skip(1), r => Assert.StartsWith($"1,payment,{session},", r));

        await transactions.OpenTimelineAsync(session);
        await Expect(transactions.SummaryStatus).ToHaveTextAsync("Paid");
        await Expect(transactions.LedgerLegs).ToHaveCountAsync(2);
        await Expect(transactions.LedgerLegs.Last).ToContainTextAsync("MerchantGateway:9000");
        await Expect(transactions.DeliveryAttempts.First).ToContainTextAsync("OCID 9000");
    }
}
