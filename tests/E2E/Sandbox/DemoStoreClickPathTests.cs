using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// The newcomer's path end to end, over real HTTP between real peers: Demo Store → Buy → our checkout → sign in as the
/// demo shopper → Pay → back at the store, which says the proof it received verified.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoStoreClickPathTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions ProofPatience = new() { Timeout = 30_000 };

    [Fact]
    public async Task Buy_PayAsDemoShopper_ReturnsToStoreWithVerifiedProof()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var store = new DemoStorePage(page);
        var checkout = new CheckoutPage(page);
        await store.OpenAsync();
        var product = (await store.ProductNames.First.TextContentAsync())!.Trim();

        await store.BuyAsync(product);
        await Expect(page).ToHaveURLAsync(new Regex("/pay/sess_[0-9a-f]{32}$"));
        await checkout.SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/pay/sess_[0-9a-f]{32}$"));
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.ReturnToMerchantAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/sandbox/store/orders/"));
        await Expect(new DemoOrderPage(page).Status).ToContainTextAsync("Paid, proof verified", ProofPatience);
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }
}
