using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>The seeded demo admin (enrolled) in Chromium: the password alone opens nothing, a wrong code is refused, the right one lands on the back office.</summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class SecondFactorPageTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task SignIn_DemoAdmin_AsksForCodeAndRefusesAWrongOne()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SubmitPasswordAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + SignInPage.SecondFactorPath);
        await Expect(page.GetByTestId("authenticator-key")).ToHaveAttributeAsync("data-key", DemoAccount.AdminAuthenticatorKey);

        await signIn.EnterSecondFactorAsync("000000");
        await Expect(signIn.Error).ToContainTextAsync("That code is not right.");
        await signIn.EnterSecondFactorAsync(Authenticators.CodeFor(DemoAccount.Admin.Email));

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Back office", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}
