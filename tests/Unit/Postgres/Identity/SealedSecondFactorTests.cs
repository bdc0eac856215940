using System.Security.Cryptography;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

using OtpNet;

namespace OpenCharge.Checkout.UnitTests.Postgres.Identity;

/// <summary>
/// Authenticator keys and recovery codes over the real Identity stores and PostgreSQL: what reaches
/// <c>AspNetUserTokens</c> is sealed, and enrolment, codes and recovery codes still work.
/// </summary>
public sealed class SealedSecondFactorTests : CheckoutDatabaseTest
{
    private const string LegacyKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private const string LegacyCodes = "AAAAA-BBBBB;CCCCC-DDDDD";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [new("Opencharge:MasterKey", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")];

    protected override void ConfigureServices(IServiceCollection services) => services.AddCheckoutIdentity();

    [Fact]
    public async Task Enrol_TokenRows_HoldNeitherTheKeyNorAnyRecoveryCode()
    {
        var (userId, key, codes) = await EnrolAsync("enrolled@example.test");

        var stored = await StoredTokensAsync(userId);

        Assert.Equal([SecondFactorSealer.AuthenticatorKeyName, SecondFactorSealer.RecoveryCodesName], stored.Keys.Order());
        Assert.All(stored.Values, value => Assert.StartsWith(SecondFactorSealer.Prefix, value, StringComparison.Ordinal));
        Assert.All(stored.Values, value => Assert.DoesNotContain(key, value, StringComparison.OrdinalIgnoreCase));
        Assert.All(codes, code => Assert.All(stored.Values, value => Assert.DoesNotContain(code, value, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task VerifyTwoFactorToken_CodeFromTheEnrolledKey_IsAccepted()
    {
        var (userId, key, _) = await EnrolAsync("signs-in@example.test");

        var accepted = await WithUserAsync(userId, (users, user) => users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Code(key)));

        Assert.True(accepted);
    }

    [Fact]
    public async Task RedeemRecoveryCode_SameCodeTwice_WorksOnceOnlyAndStaysSealed()
    {
        var (userId, _, codes) = await EnrolAsync("recovers@example.test");

        var first = await WithUserAsync(userId, (users, user) => users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0]));
        var second = await WithUserAsync(userId, (users, user) => users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0]));
        var left = await WithUserAsync(userId, (users, user) => users.CountRecoveryCodesAsync(user));
        var stored = (await StoredTokensAsync(userId))[SecondFactorSealer.RecoveryCodesName];

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal(codes.Count - 1, left);
        Assert.StartsWith(SecondFactorSealer.Prefix, stored, StringComparison.Ordinal);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SealedKeyCopiedToAnotherUser_IsRefused()
    {
        var (victimId, key, _) = await EnrolAsync("victim@example.test");
        var attackerId = await CreateUserAsync("attacker@example.test");
        var victimsSealedKey = (await StoredTokensAsync(victimId))[SecondFactorSealer.AuthenticatorKeyName];
        await WriteTokenAsync(attackerId, SecondFactorSealer.AuthenticatorKeyName, victimsSealedKey);

        await Assert.ThrowsAsync<CryptographicException>(() =>
            WithUserAsync(attackerId, (users, user) => users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Code(key))));
    }

    [Fact]
    public async Task PlainValueNotYetSealed_IsRefused()
    {
        var userId = await CreateUserAsync("plain@example.test");
        await WriteTokenAsync(userId, SecondFactorSealer.AuthenticatorKeyName, LegacyKey);

        await Assert.ThrowsAsync<CryptographicException>(() => WithUserAsync(userId, (users, user) => users.GetAuthenticatorKeyAsync(user)));
    }

    [Fact]
    public async Task SealPlainSecondFactorSecrets_LegacyRows_SealsThemAndTheyKeepWorking()
    {
        var userId = await CreateUserAsync("legacy@example.test");
        await WriteTokenAsync(userId, SecondFactorSealer.AuthenticatorKeyName, LegacyKey);
        await WriteTokenAsync(userId, SecondFactorSealer.RecoveryCodesName, LegacyCodes);

        var sealedFirst = await SealPlainAsync();
        var sealedAgain = await SealPlainAsync();
        var stored = await StoredTokensAsync(userId);
        var key = await WithUserAsync(userId, (users, user) => users.GetAuthenticatorKeyAsync(user));
        var codeAccepted = await WithUserAsync(userId, (users, user) => users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Code(LegacyKey)));
        var redeemed = await WithUserAsync(userId, (users, user) => users.RedeemTwoFactorRecoveryCodeAsync(user, "CCCCC-DDDDD"));

        Assert.Equal(2, sealedFirst);
        Assert.Equal(0, sealedAgain);
        Assert.All(stored.Values, value => Assert.StartsWith(SecondFactorSealer.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(LegacyKey, stored[SecondFactorSealer.AuthenticatorKeyName], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AAAAA-BBBBB", stored[SecondFactorSealer.RecoveryCodesName], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(LegacyKey, key);
        Assert.True(codeAccepted);
        Assert.True(redeemed.Succeeded);
    }

    private async Task<(string UserId, string Key, IReadOnlyList<string> Codes)> EnrolAsync(string email)
    {
        var userId = await CreateUserAsync(email);
        return await WithUserAsync(userId, async (users, user) =>
        {
            await users.ResetAuthenticatorKeyAsync(user);
            var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No key after reset.");
            (await users.SetTwoFactorEnabledAsync(user, true)).EnsureSucceeded(email);
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []).ToList();
            return (userId, key, (IReadOnlyList<string>)codes);
        });
    }

    private Task<string> CreateUserAsync(string email) => InScopeAsync(async services =>
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        (await services.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Sealed#unit2026")).EnsureSucceeded(email);
        return user.Id;
    });

    /// <summary>A fresh scope per call, as each sign-in request would have: nothing is served from a tracked entity.</summary>
    private Task<T> WithUserAsync<T>(string userId, Func<UserManager<ApplicationUser>, ApplicationUser, Task<T>> work) => InScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        return await work(users, user);
    });

    private Task<int> SealPlainAsync() =>
        InScopeAsync(services => services.GetRequiredService<SealPlainSecondFactorSecrets>().ExecuteAsync(CancellationToken.None));

    private async Task<Dictionary<string, string>> StoredTokensAsync(string userId)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "Name", "Value" FROM "AspNetUserTokens" WHERE "UserId" = @user AND "LoginProvider" = @provider""", connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("provider", SecondFactorSealer.LoginProvider);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = reader.GetString(1);
        }
        return stored;
    }

    /// <summary>Writes a token row as an older version of the app (or someone with the database) would.</summary>
    private async Task WriteTokenAsync(string userId, string name, string value)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value") VALUES (@user, @provider, @name, @value)
            ON CONFLICT ("UserId", "LoginProvider", "Name") DO UPDATE SET "Value" = EXCLUDED."Value"
            """, connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("provider", SecondFactorSealer.LoginProvider);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync();
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
