using Microsoft.Playwright;

using Npgsql;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Accounts;

/// <summary>
/// A user locked out or deleted while signed in loses the open circuit within the revalidation interval (2 s here),
/// and the sign-in cookie with it: reloading does not bring the page back.
/// </summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class RevalidationTests(BrowserFixture browser, RevalidationTests.ShortIntervalFixture app)
    : IClassFixture<RevalidationTests.ShortIntervalFixture>
{
    private static readonly PageAssertionsToHaveURLOptions WithinSeveralIntervals = new() { Timeout = 30_000 };

    [Fact]
    public async Task OpenWallet_WhenUserIsLockedOut_SendsCircuitToSignIn()
    {
        await RevokeWhileOnWalletAsync("""
            UPDATE "AspNetUsers" SET "LockoutEnd" = now() + interval '1 day' WHERE "NormalizedEmail" = upper(@email)
            """);
    }

    [Fact]
    public async Task OpenWallet_WhenUserIsDeleted_SendsCircuitToSignIn()
    {
        await RevokeWhileOnWalletAsync("""DELETE FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(@email)""");
    }

    private async Task RevokeWhileOnWalletAsync(string revokeSql)
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var email = AccountForms.NewEmail();
        await page.GotoAsync("/account/register");
        await new RegisterPage(page).RegisterAsync("Rita Revoked", email, AccountForms.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/wallet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your wallet", Level = 1 })).ToBeVisibleAsync();

        await ExecuteAsync(revokeSql, email);

        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/account/login?ReturnUrl=%2Fwallet", WithinSeveralIntervals);
        await page.GotoAsync("/wallet");
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/account/login?ReturnUrl=%2Fwallet");
    }

    private async Task ExecuteAsync(string sql, string email)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("email", email);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>The app revalidating every 2 s instead of every minute.</summary>
    public sealed class ShortIntervalFixture() : AppFixture(new Dictionary<string, string>
    {
        ["Accounts:RevalidationSeconds"] = "2",
    });
}
