using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Checkout;

/// <summary>
/// The circuit takes over the prerendered checkout without a flicker: the order stays on screen, and the loading bar
/// never comes back once the page has shown it.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class CheckoutPrerenderTests(BrowserFixture browser, HostedCheckoutFixture app) : IClassFixture<HostedCheckoutFixture>
{
    [Fact]
    public async Task Open_SignedOut_GoesLiveWithoutShowingTheLoadingBarAgain()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Host.BaseUrl });
        await LoadingBarWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);

        await checkout.OpenAsync(await app.CreateCheckoutAsync("12.50"));
        await checkout.WaitUntilLiveAsync();

        await Expect(checkout.Items).ToContainTextAsync("Test mug");
        Assert.Equal((true, false), await LoadingBarWatch.ReadAsync(page));
    }

    [Fact]
    public async Task Open_SignedInShopper_GoesLiveWithThePaymentMethodsAlreadyShown()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Host.BaseUrl });
        await LoadingBarWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync("12.50");
        await checkout.OpenAsync(url);
        await checkout.SignInToPayAsync();

        // Signing in returns to the checkout with a fresh page load: prerendered, then taken over by a new circuit.
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(url);
        await checkout.WaitUntilLiveAsync();

        await Expect(checkout.WalletMethod).ToBeVisibleAsync();
        await Expect(checkout.PayButton).ToBeEnabledAsync();
        Assert.Equal((true, false), await LoadingBarWatch.ReadAsync(page));
    }
}
