using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Merchant;

[Collection(AccountBrowserCollection.Name)]
public sealed class SettingsTests(BrowserFixture browser, MerchantPortalFixture app) : IClassFixture<MerchantPortalFixture>
{
    [Fact]
    public async Task Merchant_ChangesTheSuccessUrl_NextDemoStoreCheckoutSendsThePaidShopperThere()
    {
        await using var merchantContext = await browser.NewContextAsync(app.Host.BaseUrl);
        var merchantPage = await merchantContext.NewPageAsync();
        var portal = new MerchantPortalPage(merchantPage);
        await app.SignInAsMerchantAsync(merchantPage);
        await portal.OpenOnboardingAsync(app.Host.BaseUrl);
        await portal.ClaimDemoStoreAsync();
        await Expect(portal.ClaimResult).ToContainTextAsync("OCID 9001 is now yours.");
        await portal.OpenSettingsAsync(app.Host.BaseUrl, MerchantPortalFixture.DemoStoreOcid);
        await portal.SendShoppersAlwaysToAsync(app.Peer.SuccessUrl, app.Peer.CancelUrl);
        await portal.SetBrandingAsync("Corner Shop", "#1a73e8");
        await portal.SaveSettingsAsync();
        await Expect(portal.SettingsSaved).ToBeVisibleAsync();

        await using var shopperContext = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await shopperContext.NewPageAsync();
        var checkout = new CheckoutPage(page);
        await DemoStorePurchase.BuyFirstProductAndSignInAsync(page);
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        await Expect(page.GetByTestId("merchant-name")).ToHaveTextAsync("Corner Shop");
        await Expect(page.GetByTestId("merchant-branding")).ToHaveAttributeAsync("data-accent", "#1a73e8");
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.ReturnToMerchantAsync();

        await Expect(page).ToHaveURLAsync(app.Peer.SuccessUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "merchant success" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Merchant_OpensTheSettingsOfAnOcidAnotherUserClaimed_SeesNothingOfIt()
    {
        await app.ClaimForAsync(DemoAccount.Admin.Email, MerchantPortalFixture.OthersOcid, "Secret Shop");
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var portal = new MerchantPortalPage(page);
        await app.SignInAsMerchantAsync(page);

        await portal.OpenSettingsAsync(app.Host.BaseUrl, MerchantPortalFixture.OthersOcid);

        await Expect(portal.SettingsNotFound).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Secret Shop");
        await Expect(page.GetByLabel("Success URL")).ToHaveCountAsync(0);
        await portal.OpenHomeAsync(app.Host.BaseUrl);
        await Expect(portal.ClaimedOcids.Filter(new() { HasText = "OCID 761" })).ToHaveCountAsync(0);
    }
}
