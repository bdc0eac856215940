using System.Text.Json;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// Issue 9, customer shows QR, on one machine with two browser windows: a shopper shows the wallet QR, the Demo
/// Store's point of sale takes it (its text, a picture of the phone's screen, or the short code typed) and posts its
/// signed order to it (endpoints.md A4) over real HTTP, the shopper approves, and the till sees the order turn paid by
/// a verified proof from the issuer its order accepts. Our ledger balances.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class PosTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task SendOrderToWalletQr_ShopperApproves_TillShowsPaidByOurVerifiedProof()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var (shopper, qr) = await ShowWalletQrAsync(windows);
        var till = await windows.OpenTillAsync();

        await till.SendOrderToWalletAsync(await qr.GetAttributeAsync("data-qr-text") ?? "");

        await Expect(till.StatusUrl).ToContainTextAsync(new System.Text.RegularExpressions.Regex("/opencharge/orders/ord_[0-9a-f]{24}/status"));
        await ApproveAndAssertPaidAsync(shopper, till);
    }

    [Fact]
    public async Task SendOrderToAPictureOfTheWalletQr_ShopperApproves_TillShowsPaidByOurVerifiedProof()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var (shopper, qr) = await ShowWalletQrAsync(windows);
        var till = await windows.OpenTillAsync();

        await till.SendOrderToWalletPictureAsync(await QrPicture.TakeAsync(qr), await qr.GetAttributeAsync("data-qr-text") ?? "");

        await ApproveAndAssertPaidAsync(shopper, till);
    }

    [Fact]
    public async Task SendOrderToTheTypedShortCode_ShopperApproves_TillShowsPaidByOurVerifiedProof()
    {
        await using var windows = new TwoWindows(browser, app.Host.BaseUrl);
        var (shopper, _) = await ShowWalletQrAsync(windows);
        var till = await windows.OpenTillAsync();
        var shortCode = (await shopper.GetByTestId("short-code").TextContentAsync())!.Trim();

        await till.SendOrderToWalletAsync(shortCode.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());

        await ApproveAndAssertPaidAsync(shopper, till);
    }

    [Fact]
    public async Task SendOrder_MerchantQrInsteadOfAWalletQr_ShowsWhyAndSendsNothing()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var till = new DemoPosPage(await context.NewPageAsync());
        await till.OpenAsync();

        await till.SendOrderToWalletAsync(await till.InventoryQrTextAsync());

        await Expect(till.WalletAnswer).ToContainTextAsync("NOT_A_WALLET_QR");
        await Expect(till.OrderId).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ShowOrderQr_Basket_QrTextLeadsToTheStoresSignedOrder()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var till = new DemoPosPage(await context.NewPageAsync());
        await till.OpenAsync();

        await till.ShowOrderQrAsync();

        await Expect(till.OrderStatus).ToContainTextAsync("Waiting for the payment proof");
        using var qr = JsonDocument.Parse(await till.OrderQrTextAsync());
        var orderUrl = qr.RootElement.GetProperty("order").GetString()!;
        Assert.Equal(9001, qr.RootElement.GetProperty("ocid").GetInt64());
        Assert.Equal($"{app.Host.BaseUrl}/sandbox/store/opencharge/orders/{(await till.OrderId.TextContentAsync())!.Trim()}", orderUrl);
        using var http = new HttpClient();
        using var envelope = JsonDocument.Parse(await http.GetStringAsync(orderUrl));
        Assert.Equal(qr.RootElement.GetProperty("expiresAt").GetInt64(), envelope.RootElement.GetProperty("order").GetProperty("expiresAt").GetInt64());
        Assert.Equal("12.50", envelope.RootElement.GetProperty("order").GetProperty("amount").GetString());
    }

    [Fact]
    public async Task InventoryQr_PointsAtTheStoresInventoryAndThePageHasNoAxeViolations()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var till = new DemoPosPage(page);
        await till.OpenAsync();

        var text = await till.InventoryQrTextAsync();

        Assert.Equal($$"""{"ocid":9001,"inventory":"{{app.Host.BaseUrl}}/sandbox/store/opencharge/inventory","expiresAt":null}""", text);
        using var http = new HttpClient();
        using var inventory = JsonDocument.Parse(await http.GetStringAsync($"{app.Host.BaseUrl}/sandbox/store/opencharge/inventory"));
        Assert.Equal(["mug", "tee", "stickers"], inventory.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>A newly registered shopper's "Pay in store" with its wallet QR, in a window of its own.</summary>
    private static async Task<(IPage Shopper, ILocator Qr)> ShowWalletQrAsync(TwoWindows windows)
    {
        var shopper = await windows.OpenShopperAsync("/wallet/pay-in-store");
        var qr = shopper.GetByTestId("wallet-qr");
        await Expect(qr).ToBeVisibleAsync();
        return (shopper, qr);
    }

    /// <summary>The till's basket is one mug: the order waits on the wallet, the shopper approves, the till sees our proof.</summary>
    private async Task ApproveAndAssertPaidAsync(IPage shopper, DemoPosPage till)
    {
        await Expect(till.OrderStatus).ToContainTextAsync("Waiting for the payment proof");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Approve and pay 12.50 USD" }).ClickAsync();
        await Expect(till.OrderStatus).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);
        await Expect(till.OrderStatus).ToContainTextAsync("OCID 200");
        await StoredProof.AssertOursAtStoreAsync(app.Database.ConnectionString, app.Host.BaseUrl, (await till.OrderId.TextContentAsync())!.Trim());
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }
}
