using System.Net;

using Npgsql;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// The sign-in's second step over HTTP: recovery codes are spent on use, wrong codes count towards the same lockout
/// as wrong passwords, and the attempt that locks an account is audited.
/// </summary>
public sealed class SecondFactorTests(CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    private const string WrongCode = "000000";
    private const string LockedOut = "Too many failed attempts. Try again in a few minutes.";
    private const string SecondFactorPath = "/account/login/two-factor";

    [Fact]
    public async Task SignIn_WithRightPasswordOnly_IsNotSignedIn()
    {
        using var client = new FormClient(app.Host.BaseUrl);

        var password = await client.SubmitPasswordAsync(DemoAccount.Admin.Email, DemoAccount.Admin.Password);
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, password.Status);
        Assert.StartsWith(SecondFactorPath, AccountForms.PathOf(password.Location), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, admin.Status);
        Assert.StartsWith("/account/login?", AccountForms.PathOf(admin.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnceOnly()
    {
        var (email, codes) = await EnrolledShopperAsync();

        var first = await SignInWithCodeAsync(email, codes[0]);
        var again = await SignInWithCodeAsync(email, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal("/wallet", AccountForms.PathOf(first.Location));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("That code is not right.", again.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterTenWrongCodes_IsLockedOutAndAudited()
    {
        var (email, _) = await EnrolledShopperAsync();
        using var client = new FormClient(app.Host.BaseUrl);
        var step = AccountForms.PathOf((await client.SubmitPasswordAsync(email, AccountForms.Password)).Location);
        for (var attempt = 1; attempt < 10; attempt++)
        {
            Assert.Contains("That code is not right.", (await client.SubmitSecondFactorAsync(step, WrongCode)).Body, StringComparison.Ordinal);
        }

        var tenth = await client.SubmitSecondFactorAsync(step, WrongCode);
        var rightCode = await client.SubmitSecondFactorAsync(step, Authenticators.CodeFor(email));
        using var fresh = new FormClient(app.Host.BaseUrl);
        var rightPassword = await fresh.SubmitPasswordAsync(email, AccountForms.Password);

        Assert.Contains(LockedOut, tenth.Body, StringComparison.Ordinal);
        Assert.Contains(LockedOut, rightCode.Body, StringComparison.Ordinal);
        Assert.Contains(LockedOut, rightPassword.Body, StringComparison.Ordinal);
        Assert.Equal(1, await CountAuditAsync("user.locked_out", email));
    }

    [Fact]
    public async Task Enrol_AsShopper_IsAuditedWithoutTheCodes()
    {
        var (email, codes) = await EnrolledShopperAsync();

        Assert.Equal(10, codes.Count);
        Assert.Equal(1, await CountAuditAsync("user.two_factor.enabled", email));
        Assert.Equal(1, await CountAuditAsync("user.recovery_codes.generated", email));
        Assert.Equal(0, await CountAuditAsync(null, codes[0]));
    }

    [Fact]
    public async Task Enrol_AsShopper_LeavesNoSecondFactorSecretInTheClear()
    {
        var email = AccountForms.NewEmail();
        using var client = new FormClient(app.Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.RegisterAsync(email)).Status);
        var (key, codes) = await TwoFactorOverHttp.EnrolAsync(client, email);

        var stored = await SecondFactorTokensAsync();

        // The shopper's key and codes, and the demo admin's key (seeded from configuration at start-up).
        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.StartsWith("sealed:v1:", value, StringComparison.Ordinal));
        string[] secrets = [key, DemoAccount.AdminAuthenticatorKey, .. codes];
        Assert.All(secrets, secret => Assert.DoesNotContain(stored, value => value.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<(string Email, IReadOnlyList<string> Codes)> EnrolledShopperAsync()
    {
        var email = AccountForms.NewEmail();
        using var client = new FormClient(app.Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.RegisterAsync(email)).Status);
        var (_, codes) = await TwoFactorOverHttp.EnrolAsync(client, email);
        return (email, codes);
    }

    private async Task<FormResponse> SignInWithCodeAsync(string email, string code)
    {
        using var client = new FormClient(app.Host.BaseUrl);
        var step = await client.SubmitPasswordAsync(email, AccountForms.Password);
        return await client.SubmitSecondFactorAsync(AccountForms.PathOf(step.Location), code);
    }

    /// <summary>Every authenticator key and recovery-code list Identity stored, as the database holds them.</summary>
    private async Task<List<string>> SecondFactorTokensAsync()
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "Value" FROM "AspNetUserTokens" WHERE "LoginProvider" = '[AspNetUserStore]' AND "Name" IN ('AuthenticatorKey', 'RecoveryCodes')""",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    /// <summary>Audit lines with <paramref name="action"/> (any when null) whose subject or after-state mention <paramref name="text"/>.</summary>
    private async Task<long> CountAuditAsync(string? action, string text)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM audit_events WHERE (@action::text IS NULL OR action = @action) AND (subject = @text OR after::text LIKE '%' || @text || '%')",
            connection);
        command.Parameters.AddWithValue("action", (object?)action ?? DBNull.Value);
        command.Parameters.AddWithValue("text", text);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
