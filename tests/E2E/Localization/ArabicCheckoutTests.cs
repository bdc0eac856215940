using System.Text.Json;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>
/// A shopper who is not signed in chooses Arabic on a real checkout page (from the Demo Store): the page, app bar and
/// order table turn right-to-left. The screenshot is kept as an artifact (see <see cref="ScreenshotArtifact"/>).
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class ArabicCheckoutTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task ChooseArabic_OnTheCheckoutPage_RendersItRightToLeft()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.Host.BaseUrl, ViewportSize = new() { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
        var checkoutUrl = await OpenNewCheckoutAsync(page);
        var language = new LanguagePicker(page);
        await language.ExpectLanguageAsync(LanguagePicker.English, "ltr");

        await language.ChooseAsync(LanguagePicker.Arabic);

        Assert.Equal(checkoutUrl, page.Url);
        await new CheckoutPage(page).WaitUntilLiveAsync();
        await language.ExpectLanguageAsync(LanguagePicker.Arabic, "rtl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الدفع", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "سجّل الدخول للدفع" })).ToBeVisibleAsync();
        await ScreenshotArtifact.SaveAsync(page, "checkout-ar-rtl");
        var layout = await ReadLayoutAsync(page);
        Assert.Equal("rtl", layout.GetProperty("documentDir").GetString());
        Assert.Equal("rtl", layout.GetProperty("mainDirection").GetString());
        // The heading's text hugs the right edge of its line, and the price column its left edge.
        Assert.InRange(layout.GetProperty("headingBoxRight").GetDouble() - layout.GetProperty("headingTextRight").GetDouble(), -1, 1);
        Assert.True(layout.GetProperty("headingTextLeft").GetDouble() > layout.GetProperty("headingBoxLeft").GetDouble() + 100, layout.ToString());
        Assert.InRange(layout.GetProperty("priceTextLeft").GetDouble() - layout.GetProperty("priceCellLeft").GetDouble(), 0, 24);
        // The app bar mirrors too: the name on the right, the language link on the left.
        var brand = (await page.GetByText("OpenCharge Checkout", new() { Exact = true }).BoundingBoxAsync())!;
        var picker = (await language.Root.BoundingBoxAsync())!;
        Assert.True(brand.X > 1024 / 2 && picker.X + picker.Width < 1024 / 2, $"brand at x={brand.X}, picker at x={picker.X}");
    }

    internal static async Task<string> OpenNewCheckoutAsync(IPage page)
    {
        var store = new DemoStorePage(page);
        await store.OpenAsync();
        await store.BuyAsync((await store.ProductNames.First.TextContentAsync())!.Trim());
        await Expect(page).ToHaveURLAsync(DemoStorePurchase.SessionUrl);
        await Expect(new CheckoutPage(page).OpenHeading).ToBeVisibleAsync();
        return page.Url;
    }

    private static async Task<JsonElement> ReadLayoutAsync(IPage page) => await page.EvaluateAsync<JsonElement>("""
        () => {
            const textBox = element => { const range = document.createRange(); range.selectNodeContents(element); return range.getBoundingClientRect(); };
            const heading = document.querySelector('main h1');
            const price = document.querySelector('main tbody td:last-child');
            return {
                documentDir: document.documentElement.dir,
                mainDirection: getComputedStyle(document.querySelector('main')).direction,
                headingBoxLeft: heading.getBoundingClientRect().left,
                headingBoxRight: heading.getBoundingClientRect().right,
                headingTextLeft: textBox(heading).left,
                headingTextRight: textBox(heading).right,
                priceCellLeft: price.getBoundingClientRect().left,
                priceTextLeft: textBox(price).left,
            };
        }
        """);
}
