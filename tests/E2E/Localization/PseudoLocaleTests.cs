using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>
/// The checkout and wallet pages, rendered by the real app in the pseudo-locale, where every resource string comes out
/// as "[!! … !!]": any other text on them (bar data) was written into the page without going through resources.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed partial class PseudoLocaleTests(BrowserFixture browser, PseudoLocaleFixture app) : IClassFixture<PseudoLocaleFixture>
{
    private const string Merchant = "Demo Store";

    private readonly List<string> _unlocalized = [];

    [Fact]
    public async Task CheckoutPage_SignedOut_ShowsOnlyResourceText()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var product = await BuyAsync(page);

        await UsePseudoLocaleAsync(page);
        await new CheckoutPage(page).WaitUntilLiveAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "[!! Sign in to pay !!]" })).ToBeVisibleAsync();
        await CollectAsync(page, product);
        AssertAllLocalized();
        // The check sees the page's text: told nothing about the data, it flags the merchant's and the product's names.
        var untold = await PseudoText.UnlocalizedAsync(page, []);
        Assert.Contains(Merchant, untold);
        Assert.Contains(product, untold);
    }

    [Fact]
    public async Task CheckoutAndWalletPages_ForAShopper_ShowOnlyResourceText()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var name = "Pseudo Shopper";
        var email = $"pseudo-{Guid.NewGuid():N}@e2e.test";
        await page.GotoAsync("/account/register?ReturnUrl=%2Fwallet");
        await new RegisterPage(page).RegisterAsync(name, email, "Pseudo#e2e2026");
        var wallet = new WalletHomePage(page);
        await Expect(wallet.Heading).ToBeVisibleAsync();
        await wallet.AddTestFundsAsync("50.00", "USD");
        await Expect(wallet.Balance("USD")).ToContainTextAsync("50.00");
        var product = await BuyAsync(page);

        await UsePseudoLocaleAsync(page);
        var pay = page.GetByRole(AriaRole.Button, new() { NameRegex = PayName() });
        await Expect(pay).ToBeEnabledAsync();
        await CollectAsync(page, product, name, email);
        await pay.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "[!! Payment complete !!]", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "[!! Stay on this page !!]" }).ClickAsync();
        await CollectAsync(page, product, name, email);
        var txid = (await page.GetByTestId("receipt-txid").TextContentAsync())!.Trim();

        await page.GotoAsync("/wallet");
        await Expect(page.GetByTestId("activity-item")).ToHaveCountAsync(2);
        await CollectAsync(page, product, name, email);
        await page.GotoAsync("/wallet/history");
        await Expect(page.GetByTestId("activity-item")).ToHaveCountAsync(2);
        await CollectAsync(page, product, name, email);
        await page.GotoAsync("/wallet/receipts/" + Uri.EscapeDataString(txid));
        await Expect(page.GetByTestId("receipt-txid")).ToHaveTextAsync(txid);
        await CollectAsync(page, product, name, email);
        await page.GotoAsync("/wallet/pay-in-store");
        await Expect(page.GetByTestId("short-code")).ToBeVisibleAsync();
        await CollectAsync(page, product, name, email, (await page.GetByTestId("short-code").TextContentAsync())!.Trim());
        await page.GotoAsync("/wallet/scan");
        await Expect(page.GetByLabel("[!! Code text !!]")).ToBeEditableAsync();
        await CollectAsync(page, product, name, email);
        AssertAllLocalized();
    }

    /// <summary>Buys the Demo Store's first product, in English, and lands on its checkout page; returns the product's name.</summary>
    private static async Task<string> BuyAsync(IPage page)
    {
        var store = new DemoStorePage(page);
        await store.OpenAsync();
        var product = (await store.ProductNames.First.TextContentAsync())!.Trim();
        await store.BuyAsync(product);
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        return product;
    }

    /// <summary>Chooses the pseudo-locale through the culture endpoint, as the picker's links do, and comes back.</summary>
    private static async Task UsePseudoLocaleAsync(IPage page)
    {
        var back = new Uri(page.Url).PathAndQuery;
        await page.GotoAsync($"/culture/{PseudoLocaleFixture.Culture}?returnUrl={Uri.EscapeDataString(back)}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", PseudoLocaleFixture.Culture);
        await Expect(page.Locator("main h1")).ToContainTextAsync("[!! ");
    }

    private async Task CollectAsync(IPage page, params string[] data)
    {
        var path = new Uri(page.Url).AbsolutePath;
        foreach (var text in await PseudoText.UnlocalizedAsync(page, [Merchant, .. data]))
        {
            _unlocalized.Add($"{path}: \"{text}\"");
        }
    }

    private void AssertAllLocalized() =>
        Assert.True(_unlocalized.Count == 0, "Text not from resources:" + Environment.NewLine + string.Join(Environment.NewLine, _unlocalized));

    [GeneratedRegex(@"^\[!! Pay \d")]
    private static partial Regex PayName();
}
