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
        endpoints.MapPost(AccountPaths.Logout, static async (HttpContext context, SignInManager<ApplicationUser> signInManager) =>
            {
                // The antiforgery middleware only records its verdict (and only for a form); an endpoint that binds no
                // form must act on it, or a cross-site form post would still sign the user out.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    return Results.BadRequest();
                }
                await signInManager.SignOutAsync();
                return Results.LocalRedirect("/");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
