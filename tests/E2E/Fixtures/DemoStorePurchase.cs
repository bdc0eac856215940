using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>A shopper's way from the Demo Store to paying at our checkout, signed in as the demo shopper.</summary>
public static partial class DemoStorePurchase
{
    /// <summary>Where "Buy" lands: our hosted checkout page for the new session.</summary>
    public static Regex SessionUrl { get; } = CheckoutSessionUrl();

    /// <summary>Buys the store's first product and signs in at the checkout it leads to, ready to pay.</summary>
    public static async Task BuyFirstProductAndSignInAsync(IPage page)
    {
        var store = new DemoStorePage(page);
        await store.OpenAsync();
        var product = (await store.ProductNames.First.TextContentAsync())!.Trim();
        await store.BuyAsync(product);
        await Expect(page).ToHaveURLAsync(SessionUrl);
        await new CheckoutPage(page).SignInToPayAsync();
        await new SignInPage(page).SignInAsync(DemoAccount.Shopper.Email, DemoAccount.Shopper.Password);
    }

    [GeneratedRegex("/pay/sess_[0-9a-f]{32}$")]
    private static partial Regex CheckoutSessionUrl();
}
