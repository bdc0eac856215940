using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>Admin sign-in requires a second factor: the seeded demo admin enters a code; an admin without one enrols first.</summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class AdminTwoFactorTests(BrowserFixture browser, AdminTwoFactorTests.UnenrolledAdminFixture app)
    : IClassFixture<AdminTwoFactorTests.UnenrolledAdminFixture>
{
    [Fact]
    public async Task SignIn_AdminWithoutSecondFactor_MustEnrolBeforeAnyAdminPage()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SubmitPasswordAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + SignInPage.TwoFactorPath);
        await page.GotoAsync("/admin/partners");

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + SignInPage.TwoFactorPath + "?ReturnUrl=%2Fadmin%2Fpartners");
        await Expect(page.GetByText("Administrators must sign in with a second factor.")).ToBeVisibleAsync();
        var codes = await signIn.EnrolAsync(DemoAccount.Admin.Email);
        Assert.Equal(10, codes.Count);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/admin/partners");
        await page.GotoAsync(SignInPage.TwoFactorPath);
        await Expect(page.GetByTestId("two-factor-status")).ToContainTextAsync("Two-factor sign-in is on.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor sign-in" })).ToHaveCountAsync(0);
    }

    /// <summary>The demo admin seeded without an authenticator key, as an operator's <c>admin create</c> leaves one.</summary>
    public sealed class UnenrolledAdminFixture() : AppFixture(new Dictionary<string, string>(DemoAccount.SeedSettings)
    {
        ["DemoSeed:AdminAuthenticatorKey"] = "",
    });
}
