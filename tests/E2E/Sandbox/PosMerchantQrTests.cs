using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// Issue 9, merchant shows QR and inventory QR, on one machine with two browser windows: the Demo Store's till shows
/// its code, a newly registered shopper's wallet takes it (its text, or a picture of the till's screen), the shopper
/// confirms and pays, and the till sees the order turn paid by our verified proof. Our ledger balances.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class PosMerchantQrTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task OrderQr_ShopperPastesItsText_ConfirmsAndPays_TillSeesItPaidByOurVerifiedProof()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var (till, wallet) = await ShowOrderQrAsync(windows);

        await wallet.PasteAsync(await till.OrderQrTextAsync());

        await PayAndAssertPaidAsync(till, wallet);
    }

    [Fact]
    public async Task OrderQr_ShopperUploadsAPictureOfTheTillsScreen_ConfirmsAndPays_TillSeesItPaid()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var (till, wallet) = await ShowOrderQrAsync(windows);

        await wallet.UploadAsync(await till.OrderQrPictureAsync());

        await PayAndAssertPaidAsync(till, wallet);
    }

    [Fact]
    public async Task InventoryQr_ShopperPicksWithinLimits_TheStoreSignsTheOrder_ShopperPays_TillSeesItPaid()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var till = await windows.OpenTillAsync();
        var wallet = new WalletScanPage(await windows.OpenShopperAsync(WalletScanPage.Path));

        await wallet.PasteAsync(await till.InventoryQrTextAsync());

        await PickPayAndAssertPaidAsync(till, wallet);
    }

    [Fact]
    public async Task InventoryQr_ShopperUploadsAPictureOfIt_PicksAndPays_TillSeesItPaid()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var till = await windows.OpenTillAsync();
        var wallet = new WalletScanPage(await windows.OpenShopperAsync(WalletScanPage.Path));

        await wallet.UploadAsync(await till.InventoryQrPictureAsync());

        await PickPayAndAssertPaidAsync(till, wallet);
    }

    /// <summary>The till shows an order QR for its basket (one mug); the shopper's wallet is on the scan page.</summary>
    private static async Task<(DemoPosPage Till, WalletScanPage Wallet)> ShowOrderQrAsync(TwoWindows windows)
    {
        var till = await windows.OpenTillAsync();
        await till.ShowOrderQrAsync();
        await Expect(till.OrderStatus).ToContainTextAsync("Waiting for the payment proof");
        return (till, new WalletScanPage(await windows.OpenShopperAsync(WalletScanPage.Path)));
    }

    /// <summary>The wallet shows the store, the mug and the amount, then pays it; the till sees our proof.</summary>
    private async Task PayAndAssertPaidAsync(DemoPosPage till, WalletScanPage wallet)
    {
        await Expect(wallet.OrderHeading("Demo Store")).ToBeVisibleAsync();
        await Expect(wallet.OrderItem("Opencharge mug")).ToContainTextAsync("12.50");
        await wallet.ApproveAsync("12.50", "USD");
        await Expect(wallet.ReceiptLink).ToBeVisibleAsync();
        await Expect(till.OrderStatus).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);
        await StoredProof.AssertOursAtStoreAsync(app.Database.ConnectionString, app.Host.BaseUrl, (await till.OrderId.TextContentAsync())!.Trim());
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }

    /// <summary>Two sticker packs and a T-shirt from the shelf; the till lists the order the store signed and sees it paid.</summary>
    private async Task PickPayAndAssertPaidAsync(DemoPosPage till, WalletScanPage wallet)
    {
        await wallet.MoreAsync("Sticker pack");
        await wallet.MoreAsync("Sticker pack");
        await wallet.MoreAsync("Protocol T-shirt");
        await Expect(wallet.Total).ToHaveTextAsync("Total 31.50 USD");
        await wallet.CreateOrderAsync();

        await Expect(wallet.OrderHeading("Demo Store")).ToBeVisibleAsync();
        await Expect(wallet.OrderItem("Sticker pack")).ToContainTextAsync("2");
        var tillOrder = till.InventoryOrders.GetByTestId("pos-order-id");
        await Expect(tillOrder).ToHaveCountAsync(1);
        await wallet.ApproveAsync("31.50", "USD");
        await Expect(wallet.ReceiptLink).ToBeVisibleAsync();
        await Expect(till.InventoryOrders.GetByRole(AriaRole.Status)).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);
        await StoredProof.AssertOursAtStoreAsync(app.Database.ConnectionString, app.Host.BaseUrl, (await tillOrder.TextContentAsync())!.Trim());
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }
}
