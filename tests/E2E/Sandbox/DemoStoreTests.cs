using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

[Collection(ShoppingBrowserCollection.Name)]
public sealed class DemoStoreTests(BrowserFixture browser, SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Store_OnA360PixelScreen_ListsProductsWithPricesAndHasNoAxeViolations()
    {
        var page = await NewPageAsync(width: 360);
        var store = new DemoStorePage(page);

        await store.OpenAsync();

        await Expect(store.Heading).ToHaveTextAsync("Demo Store");
        await Expect(store.ProductNames).ToHaveTextAsync(["Opencharge mug", "Protocol T-shirt", "Sticker pack"]);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("12.50 USD");
        await Expect(store.BuyButton("Opencharge mug")).ToBeEnabledAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Buy_WhenThePaymentGatewayCannotBeReached_ShowsTheErrorCodeOnTheStorePage()
    {
        var page = await NewPageAsync();
        var store = new DemoStorePage(page);
        await store.OpenAsync();

        await store.BuyAsync("Sticker pack");

        await Expect(page).ToHaveURLAsync(sandbox.Host.BaseUrl + DemoStorePage.Path);
        await Expect(store.Error).ToContainTextAsync("The checkout could not be started.");
        await Expect(store.Error).ToContainTextAsync("METADATA_UNAVAILABLE");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task OrderPage_ProofArrivesWhileOpen_ShowsPaidWithoutReload()
    {
        var orderId = (await sandbox.CreateOrderAsync("mug")).GetProperty("order").GetProperty("id").GetString()!;
        var page = await NewPageAsync();
        var order = new DemoOrderPage(page);
        await order.OpenAsync(orderId);
        await Expect(order.Status).ToContainTextAsync("Waiting for the payment proof");

        await sandbox.DeliverProofAsync("e2e_tx_live", orderId, "12.50");

        await Expect(order.Status).ToContainTextAsync("Paid, proof verified");
        await Expect(order.Status).ToContainTextAsync("dgtx_");
        await Expect(order.Status).ToContainTextAsync($"OCID {SandboxFixture.GatewayOcid}");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task OrderPage_CancelledWithoutProof_SaysNothingWasCharged()
    {
        var orderId = (await sandbox.CreateOrderAsync("tee")).GetProperty("order").GetProperty("id").GetString()!;
        var page = await NewPageAsync();
        var order = new DemoOrderPage(page);

        await order.OpenAsync(orderId, cancelled: true);

        await Expect(order.Status).ToHaveTextAsync("The payment was cancelled. Nothing was charged.");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task OrderPage_InvalidProof_StillNotPaid()
    {
        var orderId = (await sandbox.CreateOrderAsync("tee")).GetProperty("order").GetProperty("id").GetString()!;
        var page = await NewPageAsync();
        var order = new DemoOrderPage(page);
        await order.OpenAsync(orderId);
        await Expect(order.Status).ToContainTextAsync("Waiting for the payment proof");

        await sandbox.DeliverProofAsync("e2e_tx_short", orderId, "1.00");

        // The refused delivery is listed, and the status stays as it was.
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("AMOUNT_MISMATCH");
        await Expect(order.Status).ToContainTextAsync("Waiting for the payment proof");
    }

    private async Task<IPage> NewPageAsync(int? width = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = sandbox.Host.BaseUrl,
            ViewportSize = width is { } w ? new ViewportSize { Width = w, Height = 780 } : null,
        });
        return await context.NewPageAsync();
    }
}
