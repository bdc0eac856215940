using System.Text;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;
using OpenCharge.Checkout.TestSupport.Peers;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Merchant;

[Collection(AccountBrowserCollection.Name)]
public sealed class OnboardingTests(BrowserFixture browser, MerchantPortalFixture app) : IClassFixture<MerchantPortalFixture>
{
    [Fact]
    public async Task Merchant_SignsTheChallengeWithTheOcidsRegistryKey_ThenSeesThatOcid()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var portal = new MerchantPortalPage(page);
        await app.SignInAsMerchantAsync(page);
        await portal.OpenOnboardingAsync(app.Host.BaseUrl);

        var challenge = await portal.AskForChallengeAsync(MerchantPortalFixture.PeerOcid);
        var wrong = PeerHost.Secp256k1.Sign(app.Peer.PrivateKey, Encoding.UTF8.GetBytes(challenge + "x"));
        await portal.ClaimWithSignatureAsync(MerchantPortalFixture.PeerOcid, wrong);
        await Expect(portal.Error).ToContainTextAsync("does not verify against the public key OCID 760 publishes");
        var signature = PeerHost.Secp256k1.Sign(app.Peer.PrivateKey, Encoding.UTF8.GetBytes(challenge));
        await portal.ClaimWithSignatureAsync(MerchantPortalFixture.PeerOcid, signature);

        await Expect(portal.ClaimResult).ToContainTextAsync("OCID 760 is now yours.");
        await portal.OpenHomeAsync(app.Host.BaseUrl);
        await Expect(portal.ClaimedOcids.Filter(new() { HasText = "OCID 760" })).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Merchant_AsksForAChallengeForAnOcidOutsideTheRegistry_IsToldSo()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var portal = new MerchantPortalPage(page);
        await app.SignInAsMerchantAsync(page);
        await portal.OpenOnboardingAsync(app.Host.BaseUrl);

        await portal.RequestChallengeAsync(4242);

        await Expect(portal.Error).ToContainTextAsync("OCID 4242 is not in the registry.");
        await Expect(portal.ChallengeText).ToHaveCountAsync(0);
    }
}
