using System.Net;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Accounts;

/// <summary>Online password guessing: the tenth wrong password in a row locks the account, even against the right one.</summary>
public sealed class LockoutTests(CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private const string WrongPassword = "Wrong#guess2026";
    private const string LockedOut = "Too many failed attempts. Try again in a few minutes.";

    [Fact]
    public async Task SignIn_AfterNineWrongPasswords_StillSucceeds()
    {
        var email = AccountForms.NewEmail();
        using var client = await RegisteredClientAsync(email);
        await FailAsync(client, email, times: 9);

        var signedIn = await client.SignInAsync(email, AccountForms.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }

    [Fact]
    public async Task SignIn_AfterTenWrongPasswords_IsLockedOutEvenWithRightPassword()
    {
        var email = AccountForms.NewEmail();
        using var client = await RegisteredClientAsync(email);
        await FailAsync(client, email, times: 10);

        var refused = await client.SignInAsync(email, AccountForms.Password);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(LockedOut, refused.Body, StringComparison.Ordinal);
    }

    private async Task<FormClient> RegisteredClientAsync(string email)
    {
        var client = new FormClient(app.Host.BaseUrl);
        var registered = await client.RegisterAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        return client;
    }

    private static async Task FailAsync(FormClient client, string email, int times)
    {
        for (var attempt = 1; attempt <= times; attempt++)
        {
            // The tenth failure itself already answers with the lockout message.
            var failed = await client.SignInAsync(email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.Status);
        }
    }
}
