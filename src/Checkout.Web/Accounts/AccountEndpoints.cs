using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

internal static class AccountEndpoints
{
    /// <summary>
    /// Sign-out clears a cookie, which a Blazor circuit cannot do, so the layout posts a plain form here.
    /// The antiforgery token stops other sites from signing our users out.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, static async (SignInManager<ApplicationUser> signInManager) =>
            {
                await signInManager.SignOutAsync();
                return TypedResults.LocalRedirect("/");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
