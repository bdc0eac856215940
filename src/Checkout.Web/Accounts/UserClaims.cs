using System.Security.Claims;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

internal static class UserClaims
{
    /// <summary>The display name from the sign-in cookie, falling back to the user name (the email address).</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(CheckoutClaims.DisplayName)?.Value is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}
