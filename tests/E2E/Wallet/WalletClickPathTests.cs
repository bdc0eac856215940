using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Wallet;

/// <summary>
/// A newcomer's wallet on a phone-sized screen (390×844), end to end through the real app and its sandbox peers:
/// register → empty wallet → add test funds → buy at the Demo Store and pay → the payment in the history → its
/// receipt, with the same txid the checkout showed. axe checks each wallet page; the ledger balances at the end.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class WalletClickPathTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private const string Payment = "Payment to Demo Store";

    [Fact]
    public async Task Newcomer_TopsUpAndPaysDemoStoreOrder_SeesThePaymentInHistoryAndOnItsReceipt()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.Host.BaseUrl,
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register?ReturnUrl=%2Fwallet");
        await new RegisterPage(page).RegisterAsync("Wendy Wallet", $"wendy-{Guid.NewGuid():N}@e2e.test", "Wendy#e2e2026");
        var wallet = new WalletHomePage(page);
        await Expect(wallet.Heading).ToBeVisibleAsync();
        await Expect(wallet.EmptyBalances).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await wallet.AddTestFundsAsync("50.00", "USD");
        await Expect(wallet.Announcement).ToHaveTextAsync("Test funds added. Your balance is 50.00 USD.");
        await Expect(wallet.Balance("USD")).ToContainTextAsync("50.00");
        await new CheckoutPage(page).CaptureAsync("wallet-home-390");

        var store = new DemoStorePage(page);
        await store.OpenAsync();
        await store.BuyAsync("Opencharge mug");
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        var checkout = new CheckoutPage(page);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.StayOnReceiptAsync();
        var txid = (await page.Locator("[data-testid=receipt-txid]").TextContentAsync())!.Trim();

        var history = new WalletHistoryPage(page);
        await history.OpenAsync();
        await Expect(history.Movement(Payment)).ToContainTextAsync("\u221212.50 USD");
        await Expect(history.Movement(Payment)).ToContainTextAsync("Paid");
        await Expect(history.Movement("Test funds added")).ToContainTextAsync("+50.00 USD");
        await checkout.CaptureAsync("wallet-history-390");
        await page.AssertNoAxeViolationsAsync();

        await history.OpenReceiptAsync(Payment);
        var receipt = new WalletReceiptPage(page);
        await Expect(receipt.Heading).ToBeVisibleAsync();
        await Expect(receipt.Txid).ToHaveTextAsync(txid);
        await Expect(receipt.Amount).ToHaveTextAsync("12.50 USD");
        await Expect(receipt.Merchant).ToHaveTextAsync("Demo Store (OCID 9001)");
        await Expect(receipt.Status).ToHaveTextAsync("Paid");
        await Expect(receipt.PrintButton).ToBeVisibleAsync();
        await checkout.CaptureAsync("wallet-receipt-390");
        await page.SetViewportSizeAsync(1280, 900);
        await checkout.CaptureAsync("wallet-receipt-1280");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await checkout.CaptureAsync("wallet-receipt-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.AssertNoAxeViolationsAsync();

        await wallet.OpenAsync();
        await Expect(wallet.Balance("USD")).ToContainTextAsync("37.50");
        await Expect(wallet.RecentActivity.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(wallet.RecentActivity.GetByRole(AriaRole.Listitem).First).ToContainTextAsync(Payment);
        await checkout.CaptureAsync("wallet-home-1280");
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }
}
