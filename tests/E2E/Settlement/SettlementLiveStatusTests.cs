using System.Diagnostics;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Settlement;

/// <summary>
/// Issue 8: a session stays "processing" until the final proof arrives, and the checkout page shows that live. A
/// shopper pays in Chromium on a partner-reserve route; the merchant gateway holds the transfer or refuses it, and
/// the open page follows without a reload. A marker set on the page before paying proves no reload happened.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class SettlementLiveStatusTests(BrowserFixture browser, PartnerReserveCheckout app) : IClassFixture<PartnerReserveCheckout>
{
    private const string Marker = "window.__sameDocument";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Pay_WhenTransferIsHeldThenReleased_ShowsProcessingThenReceiptLive()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var checkout = await OpenFundedCheckoutAsync(page);
        app.MerchantGateway.Faults.HoldTransfers = true;
        try
        {
            await checkout.PayAsync();

            await Expect(checkout.ProcessingHeading).ToBeVisibleAsync();
            await Expect(checkout.SettlementProgress).ToContainTextAsync(PartnerReserveCheckout.MerchantGatewayName);
            await Expect(checkout.Announcement).ToContainTextAsync("Processing");
            await WaitForHeldTransferAsync();
            await Expect(checkout.ProcessingHeading).ToBeVisibleAsync();
        }
        finally
        {
            app.MerchantGateway.Faults.HoldTransfers = false;
        }

        await app.MerchantGateway.ReleaseHeldTransfersAsync();

        await Expect(checkout.PaidHeading).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(checkout.Announcement).ToHaveTextAsync("Payment complete.");
        await Expect(checkout.Receipt).ToContainTextAsync("12.50 USD");
        Assert.True(await page.EvaluateAsync<bool>($"() => {Marker} === true"), "The page was reloaded.");
        await LedgerAudit.AssertBalancedAsync(app.ConnectionString);
    }

    [Fact]
    public async Task Pay_WhenGatewayAnswers402_ShowsReversalNoticeWithBalanceBackAndPayAgain()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var checkout = await OpenFundedCheckoutAsync(page);
        app.MerchantGateway.Faults.AnswerInsufficientFunds = true;
        try
        {
            await checkout.PayAsync();

            await Expect(checkout.SettlementFailedNotice).ToContainTextAsync("You were not charged, and you can try again.", new() { Timeout = 60_000 });
        }
        finally
        {
            app.MerchantGateway.Faults.AnswerInsufficientFunds = false;
        }

        await Expect(checkout.SettlementFailedNotice).Not.ToContainTextAsync("INSUFFICIENT_FUNDS");
        await Expect(checkout.Announcement).ToContainTextAsync("Your payment could not be completed");
        await Expect(checkout.WalletMethod).ToHaveAccessibleNameAsync(new Regex(@"available: 12\.50 USD"));
        await Expect(checkout.PayButton).ToBeEnabledAsync();
        Assert.True(await page.EvaluateAsync<bool>($"() => {Marker} === true"), "The page was reloaded.");
        await LedgerAudit.AssertBalancedAsync(app.ConnectionString);
    }

    /// <summary>A new shopper on a fresh checkout with exactly the order's 12.50 USD in the wallet, the page marked.</summary>
    private async Task<CheckoutPage> OpenFundedCheckoutAsync(IPage page)
    {
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync();
        await checkout.OpenAsync(url);
        await checkout.CreateAccountAsync();
        await new RegisterPage(page).RegisterAsync("Pat Processing", $"pat-{Guid.NewGuid():N}@e2e.test", "Pat#e2e2026");
        await Expect(page).ToHaveURLAsync(url);
        await checkout.AddTestFundsAsync();
        await Expect(checkout.WalletMethod).ToHaveAccessibleNameAsync(new Regex(@"available: 12\.50 USD"));
        await page.EvaluateAsync($"() => {{ {Marker} = true; }}");
        return checkout;
    }

    private async Task WaitForHeldTransferAsync()
    {
        var clock = Stopwatch.StartNew();
        while (app.MerchantGateway.HeldTransfers.Count == 0)
        {
            Assert.True(clock.Elapsed < Patience, "The merchant gateway never received the transfer to hold.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
