using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

internal static class AccountServices
{
    /// <summary>Identity users and roles, the sign-in cookie, and the authentication state Blazor components read.</summary>
    public static IServiceCollection AddCheckoutAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckoutIdentity();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountPaths.Login;
            options.AccessDeniedPath = AccountPaths.Denied;
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services;
    }
}
