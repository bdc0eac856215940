using System.Security.Claims;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>The signed-in merchant user: the id claims are keyed by, and the email the audit trail names as actor.</summary>
internal sealed record PortalUser(string Id, string Actor)
{
    public static PortalUser Of(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return new PortalUser(id, user.Identity?.Name ?? id);
    }
}
