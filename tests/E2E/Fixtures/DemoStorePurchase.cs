using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>A shopper's way from the Demo Store to paying at our checkout, signed in as the demo shopper.</summary>
public static partial class DemoStorePurchase
{
    /// <summary>
    /// How long a store page may wait for "Paid, proof verified". The proof crosses two webhook hops (us, then the Demo
    /// Gateway's forward); on a loaded 2-core machine a hop's first attempt can time out, and its retry comes after the
    /// outbox's first delay: a minute covers one retry on each hop.
    /// </summary>
    public static LocatorAssertionsToContainTextOptions ProofPatience { get; } = new() { Timeout = 60_000 };

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

    /// <summary>
    /// Buys and pays as the demo shopper in a browser context of its own, and waits until the store holds the verified
    /// proof; returns the session id.
    /// </summary>
    public static async Task<string> PayAndAwaitProofAsync(BrowserFixture browser, string baseUrl)
    {
        await using var context = await browser.NewContextAsync(baseUrl);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        await BuyFirstProductAndSignInAsync(page);
        await Expect(page).ToHaveURLAsync(SessionUrl);
        var session = page.Url.Split('/')[^1];
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();
        await checkout.ReturnToMerchantAsync();
        // The Demo Gateway forwards its proof only after ours reached it: by then our delivery attempt is on record.
        await Expect(new DemoOrderPage(page).Status).ToContainTextAsync("Paid, proof verified", ProofPatience);
        return session;
    }

    [GeneratedRegex("/pay/sess_[0-9a-f]{32}$")]
    private static partial Regex CheckoutSessionUrl();
}
