using System.Text.RegularExpressions;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Merchants;
using OpenCharge.Checkout.TestSupport.Peers;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Wallet;

/// <summary>
/// Issue 9, merchant shows QR and inventory QR, through the real app in Chromium: a merchant on its own Kestrel host
/// publishes a code, the shopper's wallet opens it (pasted text), the shopper pays, and the merchant ends
/// holding a valid proof from an issuer its order accepts; a bad code charges nothing.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class ScanMerchantQrTests(BrowserFixture browser)
{
    private const long OurOcid = 200;
    private const long MerchantOcid = 9502;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PasteOrderQr_Pay_MerchantHoldsAValidProofAndTheLedgerBalances()
    {
        await using var scene = await Scene.StartAsync(browser);
        var order = TestOrders.Order(MerchantOcid, [OurOcid]);
        var orderId = (string)order["id"]!;
        scene.Merchant.Shop.Publish(order);

        await scene.Wallet.PasteAsync(scene.OrderCode(orderId));

        await Expect(scene.Wallet.OrderHeading("Corner Café")).ToBeVisibleAsync();
        await scene.Wallet.ApproveAsync("12.50", "USD");
        await Expect(scene.Wallet.ReceiptLink).ToHaveAttributeAsync("href", new Regex("^/wallet/receipts/octx_"));
        var proof = await ProofAsync(scene.Merchant, orderId);
        Assert.Contains(proof.Issuer, scene.Merchant.Shop.Accepts);
        Assert.Equal((MerchantOcid, orderId, "12.50", "USD"), (proof.ToOcid, proof.ToReference, proof.Amount, proof.Currency));
        await LedgerAudit.AssertBalancedAsync(scene.Database.ConnectionString);
    }

    [Fact]
    public async Task PasteInventoryQr_PickCreateAndPay_MerchantHoldsAValidProof()
    {
        await using var scene = await Scene.StartAsync(browser);
        var code = QrPayloadWriter.Write(new InventoryQr(new Ocid(MerchantOcid), new Uri(scene.Merchant.Shop.InventoryUrl), null));

        await scene.Wallet.PasteAsync(code);
        await scene.Wallet.MoreAsync("Large Coffee");
        await scene.Wallet.MoreAsync("Large Coffee");
        await Expect(scene.Wallet.Total).ToHaveTextAsync("Total 10.00 USD");
        await scene.Wallet.CreateOrderAsync();

        await Expect(scene.Wallet.OrderHeading("Corner Café")).ToBeVisibleAsync();
        await scene.Wallet.ApproveAsync("10.00", "USD");
        await Expect(scene.Wallet.ReceiptLink).ToBeVisibleAsync();
        var orderId = (string)scene.Merchant.Shop.CreateRequests.Single()["id"]!;
        var proof = await ProofAsync(scene.Merchant, orderId);
        Assert.Equal("10.00", proof.Amount);
        await LedgerAudit.AssertBalancedAsync(scene.Database.ConnectionString);
    }

    [Fact]
    public async Task PasteTamperedOrderQr_ShowsWhyAndChargesNothing()
    {
        await using var scene = await Scene.StartAsync(browser);
        var order = TestOrders.Order(MerchantOcid, [OurOcid]);
        scene.Merchant.Shop.Publish(order);
        scene.Merchant.Shop.Answer = ShopAnswer.Tampered;

        await scene.Wallet.PasteAsync(scene.OrderCode((string)order["id"]!));

        await Expect(scene.Wallet.Error).ToContainTextAsync("it may have been tampered with");
        Assert.Empty(scene.Merchant.AcceptedProofs);
        await LedgerAudit.AssertBalancedAsync(scene.Database.ConnectionString);
    }

    [Fact]
    public async Task PasteExpiredOrderQr_ShowsWhyAndChargesNothing()
    {
        await using var scene = await Scene.StartAsync(browser);
        var order = TestOrders.Order(MerchantOcid, [OurOcid]);
        scene.Merchant.Shop.Publish(order);
        var expired = QrPayloadWriter.Write(new MerchantOrderQr(
            new Ocid(MerchantOcid), new Uri(scene.Merchant.Shop.OrderUrl((string)order["id"]!)), DateTimeOffset.UtcNow.AddMinutes(-1)));

        await scene.Wallet.PasteAsync(expired);

        await Expect(scene.Wallet.Error).ToContainTextAsync("This code expired");
        Assert.Empty(scene.Merchant.AcceptedProofs);
    }

    private static async Task<SignedProof> ProofAsync(FakeMerchant merchant, string orderId)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (merchant.ProofFor(orderId) is null && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return merchant.ProofFor(orderId) ?? throw new Xunit.Sdk.XunitException($"No proof for {orderId} within {Patience}.");
    }

    /// <summary>A merchant, our app and a signed-in shopper on the scan page.</summary>
    private sealed class Scene : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> _owned = [];

        public FakeMerchant Merchant { get; private set; } = default!;

        public TestDatabase Database { get; private set; } = default!;

        public WalletScanPage Wallet { get; private set; } = default!;

        public string OrderCode(string orderId) =>
            QrPayloadWriter.Write(new MerchantOrderQr(new Ocid(MerchantOcid), new Uri(Merchant.Shop.OrderUrl(orderId)), DateTimeOffset.UtcNow.AddMinutes(10)));

        public static async Task<Scene> StartAsync(BrowserFixture browser)
        {
            var scene = new Scene();
            scene.Merchant = await FakeMerchant.StartAsync(MerchantOcid, [OurOcid], "Corner Café");
            scene._owned.Add(scene.Merchant);
            scene.Database = await TestDatabase.CreateAsync();
            scene._owned.Add(scene.Database);
            var settings = new Dictionary<string, string>(DemoAccount.SeedSettings) { [scene.Merchant.Host.RegistrySettingKey] = scene.Merchant.Endpoint };
            var host = await CheckoutHost.StartAsync(scene.Database.ConnectionString, settings);
            scene._owned.Add(host);
            scene.Merchant.Host.Registry.Register(OurOcid, host.BaseUrl + "/opencharge");
            var shopper = await browser.NewContextAsync(host.BaseUrl);
            scene._owned.Add(shopper);
            var page = await shopper.NewPageAsync();
            var signIn = new SignInPage(page);
            await signIn.OpenAsync(WalletScanPage.Path);
            await signIn.SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
            scene.Wallet = new WalletScanPage(page);
            await Expect(scene.Wallet.Heading).ToBeVisibleAsync();
            return scene;
        }

        public async ValueTask DisposeAsync()
        {
            for (var i = _owned.Count - 1; i >= 0; i--)
            {
                await _owned[i].DisposeAsync();
            }
        }
    }
}
