using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Wallet;

/// <summary>
/// Issue 9, customer shows QR, through the real app in Chromium: the shopper's "Pay in store" page shows the QR, a
/// strict merchant on its own Kestrel host posts a signed order to the URL it reads from the QR's JSON, the order
/// appears on the shopper's page, the shopper approves, and the merchant ends holding a valid proof of payment.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class PayInStoreTests(BrowserFixture browser)
{
    private const long OurOcid = 200;
    private const long MerchantOcid = 9501;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Approve_OrderPostedToTheShownQr_MerchantHoldsAValidProofAndTheLedgerBalances()
    {
        await using var merchant = await FakeMerchant.StartAsync(MerchantOcid, [OurOcid], "Corner Café");
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(DemoAccount.SeedSettings) { [merchant.Host.RegistrySettingKey] = merchant.Endpoint };
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, settings);
        merchant.Host.Registry.Register(OurOcid, host.BaseUrl + "/opencharge");
        await using var shopper = await browser.NewContextAsync(host.BaseUrl);
        var page = await shopper.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync("/wallet/pay-in-store");
        await signIn.SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);

        var qr = page.GetByTestId("wallet-qr");
        await Expect(qr).ToBeVisibleAsync();
        using var payload = JsonDocument.Parse((await qr.GetAttributeAsync("data-qr-text"))!);
        Assert.Equal(OurOcid, payload.RootElement.GetProperty("ocid").GetInt64());
        var orderUrl = payload.RootElement.GetProperty("order").GetString()!;
        Assert.Matches($"^{Regex.Escape(host.BaseUrl)}/opencharge/orders/create/[0-9a-f]{{32}}$", orderUrl);

        var order = TestOrders.Order(MerchantOcid, [OurOcid]);
        var orderId = (string)order["id"]!;
        var posted = await merchant.Host.SendAsync(HttpMethod.Post, orderUrl, Body(order, merchant.SignOrder(order)));
        Assert.True(posted.IsSuccess, posted.Body);
        var statusUrl = posted.Json().GetProperty("urls").GetProperty("status").GetString()!;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Corner Café asks you to pay" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Test mug")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and pay 12.50 USD" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the receipt" })).ToHaveAttributeAsync("href", new Regex("^/wallet/receipts/octx_"));
        var proof = await ProofAsync(merchant, orderId);
        Assert.Equal((OurOcid, MerchantOcid, orderId, "12.50", "USD"), (proof.Issuer, proof.ToOcid, proof.ToReference, proof.Amount, proof.Currency));
        Assert.Single(merchant.AcceptedProofs);
        using var http = new HttpClient();
        using var status = JsonDocument.Parse(await http.GetStringAsync(statusUrl));
        Assert.Equal("paid", status.RootElement.GetProperty("status").GetString());
        await LedgerAudit.AssertBalancedAsync(database.ConnectionString);
    }

    private static string Body(JsonObject order, string signature) => new JsonObject
    {
        ["order"] = order.DeepClone(),
        ["signature"] = signature,
        ["urls"] = new JsonObject { ["completed"] = "https://cafe.example/done", ["cancelled"] = "https://cafe.example/cancelled" },
    }.ToJsonString();

    /// <summary>Our proof reaches the merchant from the outbox, a moment after the page shows the receipt.</summary>
    private static async Task<SignedProof> ProofAsync(FakeMerchant merchant, string orderId)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (merchant.ProofFor(orderId) is null && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return merchant.ProofFor(orderId) ?? throw new Xunit.Sdk.XunitException($"No proof for {orderId} within {Patience}.");
    }
}
