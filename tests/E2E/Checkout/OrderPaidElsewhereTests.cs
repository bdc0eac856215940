using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Checkout;

/// <summary>One merchant order forwarded by two gateways opens two checkouts, but only one of them can be paid.</summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class OrderPaidElsewhereTests(BrowserFixture browser, HostedCheckoutFixture app) : IClassFixture<HostedCheckoutFixture>
{
    [Fact]
    public async Task Pay_OrderAlreadyPaidThroughAnotherGateway_ShowsWhyAndStaysUnpaid()
    {
        // The merchant accepts proofs from both, so each may forward the order (the merchant acting as its own gateway).
        var order = TestOrders.Order(HostedCheckoutFixture.MerchantOcid, [HostedCheckoutFixture.GatewayOcid, HostedCheckoutFixture.MerchantOcid]);
        var viaGateway = await CreateCheckoutAsync(app.MerchantGateway, order);
        var viaMerchant = await CreateCheckoutAsync(app.Merchant, order);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Host.BaseUrl });
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        await page.GotoAsync(SignInPage.Path + "?ReturnUrl=" + Uri.EscapeDataString(new Uri(viaGateway).AbsolutePath));
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(viaGateway);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();

        await checkout.OpenAsync(viaMerchant);
        await checkout.PayAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already paid through another checkout");
        await Expect(checkout.OpenHeading).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(checkout.OpenHeading).ToBeVisibleAsync();
    }

    private async Task<string> CreateCheckoutAsync(TestPeer caller, JsonObject order)
    {
        var body = TestOrders.CheckoutCreateBody(
            order, app.Merchant.SignOrder(order), HostedCheckoutFixture.MerchantOcid, app.MerchantGateway.SuccessUrl, app.MerchantGateway.CancelUrl);
        using var http = new HttpClient();
        using var response = await http.SendAsync(caller.Request(HttpMethod.Post, app.Host.BaseUrl + "/opencharge/checkout/create", body).Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"checkout/create answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("checkout_url").GetString()!;
    }
}
