using System.Text.RegularExpressions;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// The newcomer's path end to end, over real HTTP between real peers: Demo Store → Buy → our checkout → sign in as the
/// demo shopper → Pay → back at the store, which says the proof it received verified: the Demo Gateway's own proof,
/// forwarded after ours reached it (the seed's hosted-checkout step 9).
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class DemoStoreClickPathTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task Buy_PayAsDemoShopper_ReturnsToStoreWithVerifiedProof()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);

        await DemoStorePurchase.BuyFirstProductAndSignInAsync(page);
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.ReturnToMerchantAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/sandbox/store/orders/"));
        var order = new DemoOrderPage(page);
        await Expect(order.Status).ToContainTextAsync("Paid, proof verified", DemoStorePurchase.ProofPatience);
        await Expect(order.Status).ToContainTextAsync("OCID 9000");
        var proof = await StoredProof.AtStoreAsync(app.Database.ConnectionString, page.Url.Split('/')[^1].Split('?')[0]);
        Assert.Equal(9000, proof.Issuer);
        Assert.True(await proof.VerifiesWithKeyAtAsync(app.Host.BaseUrl + "/sandbox/gateway/opencharge/metadata.json"));
        await LedgerAudit.AssertBalancedAsync(app.Database.ConnectionString);
    }
}
