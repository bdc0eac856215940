using System.Security.Claims;

namespace OpenCharge.Checkout.Web.Merchant;

/// <summary>The signed-in portal user: whose claims filter every read, and the name the audit trail records.</summary>
internal sealed record MerchantUser(string Id, string Email)
{
    public static MerchantUser From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity?.Name ?? "");
}
