using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>The language links in the app bar, and what the page says about its language and direction.</summary>
public sealed class LanguagePicker(IPage page)
{
    public const string Arabic = "ar";
    public const string English = "en";

    public ILocator Root => page.GetByTestId("language-picker");

    public ILocator Html => page.Locator("html");

    /// <summary>Follows the link to <paramref name="culture"/> and waits until the page is back in that language.</summary>
    public async Task ChooseAsync(string culture)
    {
        await page.GetByTestId("language-" + culture).ClickAsync();
        await Expect(Html).ToHaveAttributeAsync("lang", culture);
    }

    public async Task ExpectLanguageAsync(string culture, string direction)
    {
        await Expect(Html).ToHaveAttributeAsync("lang", culture);
        await Expect(Html).ToHaveAttributeAsync("dir", direction);
    }
}
