using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// Puts the display name into the sign-in cookie, so every page can greet the user without a database
/// round trip per render (Blazor circuits re-render often). An admin without a second factor gets no Admin role claim,
/// so every page and endpoint that asks for the role refuses them until they enrol (docs/decisions.md, "Issue 10: two-factor").
/// </summary>
internal sealed class CheckoutClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CheckoutClaims.DisplayName, user.DisplayName));
        if (!user.TwoFactorEnabled && identity.FindFirst(IsAdminRole) is { } admin)
        {
            identity.RemoveClaim(admin);
            identity.AddClaim(new Claim(CheckoutClaims.AdminEnrolmentPending, "true"));
        }
        return identity;
    }

    private bool IsAdminRole(Claim claim) => claim.Type == Options.ClaimsIdentity.RoleClaimType && claim.Value == Roles.Admin;
}
