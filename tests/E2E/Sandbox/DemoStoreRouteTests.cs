using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// Issue 8's sandbox routes as a newcomer clicks them: on the Demo Store choose how the order settles, buy, pay on our
/// checkout (which shows "Processing" while the saga runs), and return to the store, whose order page ends "paid" by
/// a verified proof from the issuer that route ends at, signed with the key that issuer publishes. Our ledger and the
/// sandbox peers' books balance.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class DemoStoreRouteTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions SettlementPatience = new() { Timeout = 60_000 };

    public static TheoryData<string, long, string, string> Routes => new()
    {
        { "Demo Bank (partner reserve)", 9002, "/sandbox/bank/opencharge", "Bank" },
        { "Demo Exchange (common provider)", 9003, "/sandbox/exchange/opencharge", "Exchange" },
        { "Demo Switch (2-hop chain)", 9004, "/sandbox/switch/opencharge", "Switch" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Buy_SettlingThroughTheChosenPeer_StoreIsPaidByThatPeersVerifiedProof(string choice, long issuer, string issuerEndpoint, string issuerBooks)
    {
        var connection = app.Database.ConnectionString;
        var storeBefore = await SandboxBooks.BalanceAsync(connection, issuerBooks, 9001);
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();

        var sawProcessing = await BuyAndPayAsync(page, choice);

        Assert.True(sawProcessing, "The checkout never showed Processing while the settlement ran.");
        await AssertPaidByAsync(page, choice, issuer, issuerEndpoint);
        // The store's first product is 12.50 USD; the issuer credited the store on its own books exactly once.
        Assert.Equal(storeBefore + 12_50, await SandboxBooks.BalanceAsync(connection, issuerBooks, 9001));
        await LedgerAudit.AssertBalancedAsync(connection);
        await SandboxBooks.AssertBalancedAsync(connection);
    }

    [Fact]
    public async Task Buy_SettlingThroughCheckoutDirectly_StoreIsPaidByOurVerifiedProof()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();

        await BuyAndPayAsync(page, "OpenCharge Checkout (direct)");

        await AssertPaidByAsync(page, "OpenCharge Checkout (direct)", 200, "/opencharge");
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }

    /// <summary>Chooses the route, buys the first product, pays as the demo shopper; whether "Processing" showed meanwhile.</summary>
    private static async Task<bool> BuyAndPayAsync(IPage page, string choice)
    {
        var store = new DemoStorePage(page);
        var checkout = new CheckoutPage(page);
        await store.OpenAsync();
        await store.ChooseSettlementAsync(choice);
        await store.BuyAsync((await store.ProductNames.First.TextContentAsync())!.Trim());
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        await checkout.SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(checkout.PayButton).ToBeEnabledAsync();
        await SettlementProgressWatch.StartAsync(page);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync(SettlementPatience);
        var sawProcessing = await SettlementProgressWatch.SawProcessingAsync(page);
        await checkout.ReturnToMerchantAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sandbox/store/orders/"));
        return sawProcessing;
    }

    private async Task AssertPaidByAsync(IPage page, string choice, long issuer, string issuerEndpoint)
    {
        var order = new DemoOrderPage(page);
        await Expect(order.SettlesThrough).ToContainTextAsync(choice);
        await Expect(order.Status).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);
        await Expect(order.Status).ToContainTextAsync($"OCID {issuer} · {choice}");
        var proof = await StoredProof.AtStoreAsync(app.Database.ConnectionString, page.Url.Split('/')[^1].Split('?')[0]);
        Assert.Equal(issuer, proof.Issuer);
        Assert.True(await proof.VerifiesWithKeyAtAsync(app.Host.BaseUrl + issuerEndpoint + "/metadata.json"));
    }
}
