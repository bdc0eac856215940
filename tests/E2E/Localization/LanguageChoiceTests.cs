using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>
/// How the language is chosen and kept: the picker's choice holds across reloads and pages until another is chosen, a
/// signed-in user's choice follows them to another browser, and without a choice the browser's language decides.
/// </summary>
[Collection(ShoppingBrowserCollection.Name)]
public sealed class LanguageChoiceTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task ChooseArabic_Sticks_AcrossReloadsAndPagesUntilEnglishIsChosen()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var checkoutUrl = await ArabicCheckoutTests.OpenNewCheckoutAsync(page);
        var language = new LanguagePicker(page);
        await language.ChooseAsync(LanguagePicker.Arabic);

        await page.ReloadAsync();
        await language.ExpectLanguageAsync(LanguagePicker.Arabic, "rtl");
        await page.GotoAsync("/");
        await language.ExpectLanguageAsync(LanguagePicker.Arabic, "rtl");
        await page.GotoAsync(SignInPage.Path);
        await language.ExpectLanguageAsync(LanguagePicker.Arabic, "rtl");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync(checkoutUrl);
        await language.ChooseAsync(LanguagePicker.English);
        await language.ExpectLanguageAsync(LanguagePicker.English, "ltr");
        await Expect(new CheckoutPage(page).OpenHeading).ToBeVisibleAsync();
        await page.ReloadAsync();
        await language.ExpectLanguageAsync(LanguagePicker.English, "ltr");
    }

    [Theory]
    [InlineData("ar-EG", "ar", "rtl")]
    [InlineData("fr-FR", "en", "ltr")]
    public async Task FirstVisit_WithoutAChoice_FollowsTheBrowserLanguageElseEnglish(string browserLocale, string culture, string direction)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.Host.BaseUrl, Locale = browserLocale });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await new LanguagePicker(page).ExpectLanguageAsync(culture, direction);
    }

    [Fact]
    public async Task ChooseArabic_SignedIn_FollowsTheUserToABrowserWithoutTheCookie()
    {
        var email = AccountForms.NewEmail();
        await using (var first = await browser.NewContextAsync(app.Host.BaseUrl))
        {
            var page = await first.NewPageAsync();
            await page.GotoAsync("/account/register?ReturnUrl=%2Fwallet");
            await new RegisterPage(page).RegisterAsync("Amal", email, AccountForms.Password);
            await Expect(new WalletHomePage(page).Heading).ToBeVisibleAsync();
            await new LanguagePicker(page).ChooseAsync(LanguagePicker.Arabic);
        }
        await using var second = await browser.NewContextAsync(app.Host.BaseUrl);
        var other = await second.NewPageAsync();

        await new SignInPage(other).OpenAsync("/wallet");
        await new SignInPage(other).SignInAsync(email, AccountForms.Password);

        await Expect(other).ToHaveURLAsync(new Regex("/wallet$"));
        await new LanguagePicker(other).ExpectLanguageAsync(LanguagePicker.Arabic, "rtl");
        Assert.DoesNotContain(await second.CookiesAsync(), cookie => cookie.Name == ".AspNetCore.Culture");
    }
}
