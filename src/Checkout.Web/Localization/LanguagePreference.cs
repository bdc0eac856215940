using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Localization;

/// <summary>
/// A signed-in user's chosen language, kept as a user claim (Identity's claims table: no schema of its own), so that it
/// follows them to a browser that has no culture cookie yet. The sign-in cookie carries it from the next sign-in on.
/// </summary>
internal sealed class LanguagePreference : RequestCultureProvider
{
    public const string ClaimType = "opencharge:culture";

    public static async Task SaveAsync(UserManager<ApplicationUser> users, ClaimsPrincipal principal, string culture)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user)
        {
            return;
        }
        var stored = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (stored is [{ } only] && only.Value == culture)
        {
            return;
        }
        if (stored.Count > 0)
        {
            await users.RemoveClaimsAsync(user, stored);
        }
        await users.AddClaimAsync(user, new Claim(ClaimType, culture));
    }

    /// <summary>After the culture cookie, before Accept-Language.</summary>
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.User.FindFirst(ClaimType)?.Value is { Length: > 0 } culture
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture))
            : NullProviderCultureResult;
}
