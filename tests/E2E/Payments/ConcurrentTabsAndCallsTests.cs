using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>
/// One shopper presses Pay in two browser tabs while 48 direct calls of the pay use case race them: one debit, one
/// proof, one delivery, and both tabs show the payment.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class ConcurrentTabsAndCallsTests(BrowserFixture browser)
{
    private const int DirectCalls = 48;
    private const string DemoShopperEmail = "shopper@demo.opencharge.local";
    private const string DemoShopperPassword = "Shopper#2026demo";

    [Fact]
    public async Task Pay_TwoTabsAndDirectCallsAtOnce_DebitOnceAndBothTabsShowPaid()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, _) = await scenario.OpenSessionAsync();
        var shopperId = await scenario.TextAsync($"SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = '{DemoShopperEmail}'");
        var balanceBefore = await scenario.ScalarAsync($"SELECT balance_minor FROM accounts WHERE owner = 'Shopper:{shopperId}' AND currency = 'USD'");
        await using var context = await browser.NewContextAsync(scenario.Host.BaseUrl);
        var first = await OpenSignedInAsync(context, session.ToString(), signIn: true);
        var second = await OpenSignedInAsync(context, session.ToString(), signIn: false);

        var clicks = new[] { first.PayAsync(), second.PayAsync() };
        var calls = Enumerable.Range(0, DirectCalls).Select(_ => Task.Run(() => scenario.PayAsync(session, shopperId))).ToArray();
        await Task.WhenAll(clicks);
        var results = await Task.WhenAll(calls);

        await Expect(first.PaidHeading).ToBeVisibleAsync();
        await Expect(second.PaidHeading).ToBeVisibleAsync();
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Single(results.Select(r => r.Value!.ProofTxid).Distinct());
        Assert.Equal(1, await scenario.ScalarAsync($"SELECT COUNT(*) FROM ledger_transactions WHERE reference = '{session}'"));
        Assert.Equal(1, await scenario.ScalarAsync("SELECT COUNT(*) FROM webhook_deliveries"));
        Assert.Equal(balanceBefore - 1250, await scenario.ScalarAsync($"SELECT balance_minor FROM accounts WHERE owner = 'Shopper:{shopperId}' AND currency = 'USD'"));
        await LedgerAudit.AssertBalancedAsync(scenario.Database.ConnectionString);
    }

    private static async Task<CheckoutPage> OpenSignedInAsync(IBrowserContext context, string session, bool signIn)
    {
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        if (signIn)
        {
            await new SignInPage(page).OpenAsync("/pay/" + session);
            await new SignInPage(page).SignInAsync(DemoShopperEmail, DemoShopperPassword);
        }
        else
        {
            await checkout.OpenAsync("/pay/" + session);
        }
        await Expect(checkout.PayButton).ToBeEnabledAsync();
        return checkout;
    }
}
