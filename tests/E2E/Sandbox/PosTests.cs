using System.Text.Json;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// Issue 9 on one machine with two browser windows: the demo shopper shows the wallet QR, the Demo Store's point of
/// sale posts its signed order to it (endpoints.md A4) over real HTTP, the shopper approves, and the till sees the
/// order turn paid by a verified proof from the issuer its order accepts. Our ledger balances.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PosTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions ProofPatience = new() { Timeout = 60_000 };

    [Fact]
    public async Task SendOrderToWalletQr_ShopperApproves_TillShowsPaidByOurVerifiedProof()
    {
        await using var shopperContext = await browser.NewContextAsync(app.Host.BaseUrl);
        var shopper = await shopperContext.NewPageAsync();
        var signIn = new SignInPage(shopper);
        await signIn.OpenAsync("/wallet/pay-in-store");
        await signIn.SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        var walletQr = shopper.GetByTestId("wallet-qr");
        await Expect(walletQr).ToBeVisibleAsync();
        var qrText = (await walletQr.GetAttributeAsync("data-qr-text"))!;
        await using var tillContext = await browser.NewContextAsync(app.Host.BaseUrl);
        var till = new DemoPosPage(await tillContext.NewPageAsync());
        await till.OpenAsync();

        await till.SendOrderToWalletAsync(qrText);

        await Expect(till.StatusUrl).ToContainTextAsync(new System.Text.RegularExpressions.Regex("/opencharge/orders/ord_[0-9a-f]{24}/status"));
        await Expect(till.OrderStatus).ToContainTextAsync("Waiting for the payment proof");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Approve and pay 12.50 USD" }).ClickAsync();
        await Expect(till.OrderStatus).ToContainTextAsync("Paid, proof verified", ProofPatience);
        await Expect(till.OrderStatus).ToContainTextAsync("OCID 200");
        var proof = await StoredProof.AtStoreAsync(app.Database.ConnectionString, (await till.OrderId.TextContentAsync())!.Trim());
        Assert.Equal(200, proof.Issuer);
        Assert.True(await proof.VerifiesWithKeyAtAsync(app.Host.BaseUrl + "/opencharge/metadata.json"));
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
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
}
