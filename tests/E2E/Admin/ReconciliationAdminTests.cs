using Npgsql;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Admin;

[Collection(AccountBrowserCollection.Name)]
public sealed class ReconciliationAdminTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task RunNow_PassesThenFlagsABalanceWithoutEntries()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var reconciliation = new ReconciliationAdminPage(page);
        await signIn.OpenAsync(ReconciliationAdminPage.Path);
        await signIn.SignInAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + ReconciliationAdminPage.Path);

        await reconciliation.RunNowAsync();
        await Expect(reconciliation.Verdict).ToHaveAttributeAsync("data-passed", "true");
        await Expect(reconciliation.Verdict).ToContainTextAsync("Passed");
        // A balance that no ledger entry explains: what a bad manual fix in psql would leave behind.
        await ExecuteAsync("INSERT INTO accounts (id, owner, currency, balance_minor) VALUES (gen_random_uuid(), 'Shopper:e2e-corrupted', 'USD', 500)");
        try
        {
            await reconciliation.RunNowAsync();

            await Expect(reconciliation.Verdict).ToHaveAttributeAsync("data-passed", "false");
            var flagged = reconciliation.Discrepancies;
            await Expect(flagged).ToHaveCountAsync(1);
            await Expect(flagged).ToContainTextAsync("Shopper:e2e-corrupted");
            await Expect(flagged).ToContainTextAsync("0.00 USD");
            await Expect(flagged).ToContainTextAsync("5.00 USD");
            await Expect(reconciliation.HistoryRows).ToHaveCountAsync(2);
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            // The fixture checks the money invariant when it tears down; the account has no entries, so it may go.
            await ExecuteAsync("DELETE FROM accounts WHERE owner = 'Shopper:e2e-corrupted'");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
