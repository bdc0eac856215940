using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Checkout;

/// <summary>The hosted checkout end to end: a merchant gateway opens it, a shopper pays or leaves, the shop gets them back.</summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class HostedCheckoutTests(BrowserFixture browser, HostedCheckoutFixture app) : IClassFixture<HostedCheckoutFixture>
{
    [Fact]
    public async Task Pay_AfterSigningInMidCheckout_LandsOnSuccessUrl()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync("12.50");
        await checkout.OpenAsync(url);
        await Expect(page.GetByText(app.MerchantName)).ToBeVisibleAsync();
        await Expect(checkout.Items).ToContainTextAsync("Test mug");

        await checkout.SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(url);
        await Expect(checkout.PayButton).ToHaveTextAsync("Pay 12.50 USD");
        await checkout.PayAsync();

        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await Expect(checkout.Receipt).ToContainTextAsync("octx_");
        await Expect(page).ToHaveURLAsync(app.MerchantGateway.SuccessUrl, new() { Timeout = 20_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "merchant success" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cancel_ReturnsToCancelUrl_AndReloadShowsCancelled()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync();
        await checkout.OpenAsync(url);

        await checkout.CancelAsync();

        await Expect(page).ToHaveURLAsync(app.MerchantGateway.CancelUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "merchant cancel" })).ToBeVisibleAsync();
        await checkout.OpenAsync(url);
        await Expect(checkout.CancelledHeading).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Register_MidCheckout_ReturnsToCheckout_ThenTopUpAndPay()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync("40.00");
        await checkout.OpenAsync(url);

        await checkout.CreateAccountAsync();
        await new RegisterPage(page).RegisterAsync("Nell Newcomer", $"nell-{Guid.NewGuid():N}@e2e.test", "Nell#e2e2026");

        await Expect(page).ToHaveURLAsync(url);
        await Expect(checkout.MethodReason).ToContainTextAsync("Your USD balance is 0.00; this payment needs 40.00.");
        await Expect(checkout.PayButton).ToBeDisabledAsync();
        await page.AssertNoAxeViolationsAsync();
        await checkout.CaptureAsync("open-short-balance");

        await checkout.AddTestFundsAsync();
        await Expect(checkout.Announcement).ToContainTextAsync("Test funds added. Your balance is 40.00 USD.");
        await Expect(checkout.MethodReason).ToHaveCountAsync(0);
        await checkout.PayAsync();

        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SecondTab_ShowsPaidLive_WhenFirstTabPays()
    {
        await using var context = await NewPhoneContextAsync();
        var first = await context.NewPageAsync();
        var url = await app.CreateCheckoutAsync();
        await SignInAsShopperAsync(first, url);
        var second = await context.NewPageAsync();
        var watcher = new CheckoutPage(second);
        await watcher.OpenAsync(url);
        await Expect(watcher.PayButton).ToBeEnabledAsync();

        await new CheckoutPage(first).PayAsync();

        await Expect(watcher.PaidHeading).ToBeVisibleAsync();
        await Expect(watcher.Announcement).ToHaveTextAsync("Payment complete.");
    }

    [Fact]
    public async Task OpenPage_WhenSessionExpires_ShowsExpiredScreen()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync(expiresAt: DateTimeOffset.UtcNow.AddSeconds(8));
        await checkout.OpenAsync(url);
        await Expect(checkout.OpenHeading).ToBeVisibleAsync();

        await Expect(checkout.ExpiredHeading).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await Expect(page.GetByText("This checkout expired. You were not charged.").First).ToBeVisibleAsync();
        await Expect(checkout.Announcement).ToHaveTextAsync("This checkout expired. You were not charged.");
        await page.AssertNoAxeViolationsAsync();
        await checkout.CaptureAsync("expired");
        await checkout.BackToMerchantAsync();
        await Expect(page).ToHaveURLAsync(app.MerchantGateway.CancelUrl);
    }

    [Fact]
    public async Task Pay_WithKeyboardOnly_Succeeds()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        var url = await app.CreateCheckoutAsync();
        await checkout.OpenAsync(url);
        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Sign in to pay" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("Email").FocusAsync();
        await page.Keyboard.TypeAsync(DemoAccount.Shopper.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoAccount.Shopper.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(url);
        await Expect(checkout.PayButton).ToBeEnabledAsync();

        await TabToAsync(page, checkout.PayButton);
        await page.Keyboard.PressAsync("Enter");

        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EveryState_PassesAxe_AndReloadKeepsPaidReceipt()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        await checkout.OpenAsync(app.Host.BaseUrl + "/pay/sess_not-a-session");
        await Expect(checkout.NotFoundHeading).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var url = await app.CreateCheckoutAsync("99.99");
        await checkout.OpenAsync(url);
        await Expect(checkout.PayButton).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        await checkout.CaptureAsync("open-signed-out");

        await checkout.SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(checkout.PayButton).ToBeEnabledAsync();
        await page.AssertNoAxeViolationsAsync();
        await checkout.CaptureAsync("open-signed-in");
        await checkout.PayAsync();
        await checkout.StayOnReceiptAsync();
        await page.AssertNoAxeViolationsAsync();
        await checkout.CaptureAsync("paid");

        await page.ReloadAsync();

        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await Expect(checkout.Receipt).ToContainTextAsync("99.99 USD");
    }

    private async Task SignInAsShopperAsync(IPage page, string checkoutUrl)
    {
        await page.GotoAsync(SignInPage.Path + "?ReturnUrl=" + Uri.EscapeDataString(new Uri(checkoutUrl).AbsolutePath));
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
        await Expect(page).ToHaveURLAsync(checkoutUrl);
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail("Tab never reached the element.");
    }

    private async Task<IBrowserContext> NewPhoneContextAsync() =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Host.BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
        });
}
