using System.Text.Json;

using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>
/// Enrolling an authenticator app, regenerating recovery codes and turning the second factor off. Recovery codes are
/// returned once, by the call that creates them, and never again: Identity keeps them only to redeem them.
/// </summary>
internal sealed class TwoFactorEnrolment(SignInManager<ApplicationUser> signInManager, IAuditLog audit, TimeProvider time)
{
    public const int RecoveryCodeCount = 10;

    private UserManager<ApplicationUser> Users => signInManager.UserManager;

    /// <summary>The key to type into an authenticator app, created on first ask, and the <c>otpauth://</c> URI its QR code carries.</summary>
    public async Task<(string Key, string Uri)> AuthenticatorAsync(ApplicationUser user)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity stored no authenticator key.");
            // A new key changes the security stamp; without a fresh cookie the next revalidation would sign the user out.
            await signInManager.RefreshSignInAsync(user);
        }
        return (key, AuthenticatorUri.For(key, user.Email));
    }

    /// <summary>Turns the second factor on when <paramref name="code"/> proves the app holds the key: the new recovery codes, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ApplicationUser user, string code)
    {
        var compact = code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, compact))
        {
            return null;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        await RecordAsync(user, AuditActions.TwoFactorEnabled, new { twoFactor = false }, new { twoFactor = true });
        var codes = await NewRecoveryCodesAsync(user);
        // The Admin role claim appears only in a cookie issued after enrolment (CheckoutClaimsPrincipalFactory).
        await signInManager.RefreshSignInAsync(user);
        return codes;
    }

    /// <summary>A fresh set; the old codes stop working.</summary>
    public Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(ApplicationUser user) => NewRecoveryCodesAsync(user);

    public Task<int> RecoveryCodesLeftAsync(ApplicationUser user) => Users.CountRecoveryCodesAsync(user);

    /// <summary>Admins cannot turn it off: the back office requires it.</summary>
    public async Task<bool> DisableAsync(ApplicationUser user)
    {
        if (await Users.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }

        await Users.SetTwoFactorEnabledAsync(user, false);
        // A later enrolment starts from a new key, so a copy of the old one is worth nothing.
        await Users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, AuditActions.TwoFactorDisabled, new { twoFactor = true }, new { twoFactor = false });
        await signInManager.RefreshSignInAsync(user);
        return true;
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(ApplicationUser user)
    {
        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList()
            ?? throw new InvalidOperationException("Identity generated no recovery codes.");
        // The count only: the codes themselves are secrets and stay out of the trail.
        await RecordAsync(user, AuditActions.RecoveryCodesGenerated, null, new { count = codes.Count });
        return codes;
    }

    private Task RecordAsync(ApplicationUser user, string action, object? before, object after)
    {
        var subject = user.Email ?? user.Id;
        return audit.AppendNowAsync(
            AuditEvent.Record(time.GetUtcNow(), subject, action, subject,
                before is null ? null : JsonSerializer.Serialize(before), JsonSerializer.Serialize(after)),
            CancellationToken.None);
    }
}
