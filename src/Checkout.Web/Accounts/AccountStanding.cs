using System.Security.Claims;

using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>Whether a signed-in principal may stay signed in: asked of every sign-in cookie and every open circuit, now and then.</summary>
internal static class AccountStanding
{
    /// <summary>
    /// The user behind <paramref name="principal"/> while they still exist, still hold the security stamp they signed in
    /// with, and are not locked out; otherwise null. Identity's own check stops at the stamp, which locking a user
    /// does not change.
    /// </summary>
    public static async Task<ApplicationUser?> VerifyAsync(SignInManager<ApplicationUser> signInManager, ClaimsPrincipal? principal)
    {
        var user = await signInManager.ValidateSecurityStampAsync(principal);
        return user is not null && !await signInManager.UserManager.IsLockedOutAsync(user) ? user : null;
    }
}
