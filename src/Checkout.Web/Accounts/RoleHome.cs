using System.Security.Claims;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>Each role's landing page. Someone with several roles lands on the most privileged one.</summary>
internal static class RoleHome
{
    public const string Admin = "/admin";
    public const string Merchant = "/merchant";
    public const string Wallet = "/wallet";

    /// <summary>"/" for a user with no role, who then stays on the start page.</summary>
    public static string PathFor(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return held.Contains(Roles.Admin) ? Admin
            : held.Contains(Roles.Merchant) ? Merchant
            : held.Contains(Roles.Shopper) ? Wallet
            : "/";
    }

    public static string PathFor(ClaimsPrincipal user) =>
        PathFor(user.FindAll(ClaimTypes.Role).Select(static claim => claim.Value));
}
