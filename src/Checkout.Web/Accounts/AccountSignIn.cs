using System.Text.Json;

using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>
/// The two steps of signing in: the password, then (for those enrolled) an authenticator or recovery code. Every wrong
/// answer at either step counts towards the same lockout, and the attempt that locks an account is audited.
/// </summary>
internal sealed class AccountSignIn(SignInManager<ApplicationUser> signInManager, IAuditLog audit, TimeProvider time)
{
    private const int AuthenticatorCodeLength = 6;

    private UserManager<ApplicationUser> Users => signInManager.UserManager;

    public async Task<SignInStep> PasswordAsync(string email, string password)
    {
        var user = await Users.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInStep.Failed;
        }

        var result = await WatchLockoutAsync(user, () =>
            signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true));
        if (result.RequiresTwoFactor)
        {
            return new SignInStep(SignInOutcome.SecondFactorRequired, []);
        }
        if (!result.Succeeded)
        {
            return result.IsLockedOut ? await LockedOutStepAsync(user) : SignInStep.Failed;
        }

        var roles = (await Users.GetRolesAsync(user)).ToList();
        // Identity only asks for a second factor once one is enrolled; an admin must enrol before the role counts.
        return roles.Contains(Roles.Admin) && !user.TwoFactorEnabled
            ? new SignInStep(SignInOutcome.EnrolmentRequired, roles)
            : new SignInStep(SignInOutcome.SignedIn, roles);
    }

    /// <summary>The user between the two steps, or null when there is none (the step's cookie expired or was never set).</summary>
    public Task<ApplicationUser?> PendingUserAsync() => signInManager.GetTwoFactorAuthenticationUserAsync();

    /// <summary>Six digits are an authenticator code; anything else is taken for a recovery code, which is spent on use.</summary>
    public async Task<SignInStep> SecondFactorAsync(string code)
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return SignInStep.Failed;
        }

        var compact = code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await WatchLockoutAsync(user, () => compact.Length == AuthenticatorCodeLength && compact.All(char.IsAsciiDigit)
            ? signInManager.TwoFactorAuthenticatorSignInAsync(compact, isPersistent: false, rememberClient: false)
            : RecoveryCodeSignInAsync(user, compact.ToUpperInvariant()));
        return result.Succeeded
            ? new SignInStep(SignInOutcome.SignedIn, [.. await Users.GetRolesAsync(user)])
            : result.IsLockedOut ? await LockedOutStepAsync(user) : SignInStep.Failed;
    }

    private async Task<SignInStep> LockedOutStepAsync(ApplicationUser user) =>
        AccountSuspension.IsSuspended(await Users.GetLockoutEndDateAsync(user)) ? SignInStep.Suspended : SignInStep.LockedOut;

    // Identity neither checks lockout before redeeming a recovery code nor counts a wrong one; guessing them must cost
    // the same as guessing passwords.
    private async Task<SignInResult> RecoveryCodeSignInAsync(ApplicationUser user, string recoveryCode)
    {
        if (await Users.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded)
        {
            return result;
        }
        await Users.AccessFailedAsync(user);
        return await Users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    private async Task<SignInResult> WatchLockoutAsync(ApplicationUser user, Func<Task<SignInResult>> attempt)
    {
        var lockedBefore = await Users.IsLockedOutAsync(user);
        var result = await attempt();
        if (result.IsLockedOut && !lockedBefore)
        {
            var until = await Users.GetLockoutEndDateAsync(user);
            await audit.AppendNowAsync(
                AuditEvent.Record(time.GetUtcNow(), AuditActions.System, AuditActions.UserLockedOut, user.Email ?? user.Id, null,
                    JsonSerializer.Serialize(new { lockedOutUntil = until })),
                CancellationToken.None);
        }
        return result;
    }
}
