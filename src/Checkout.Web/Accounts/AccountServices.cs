using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

internal static class AccountServices
{
    /// <summary>Identity users and roles, the sign-in cookie, and the authentication state Blazor components read.</summary>
    public static IServiceCollection AddCheckoutAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckoutIdentity();
        // After Identity's own (a TryAdd): the last registration is the one UserManager gets.
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountPaths.Login;
            options.AccessDeniedPath = AccountPaths.Denied;
            var denied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = context => AdminEnrolmentRedirect.ToEnrolmentWhenPendingAsync(context, denied);
        });
        services.AddScoped<AccountSignIn>();
        services.AddScoped<TwoFactorEnrolment>();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddAccountRevalidation(configuration);
        return services;
    }

    /// <summary>A locked-out or deleted user loses open circuits and the sign-in cookie within one interval.</summary>
    private static void AddAccountRevalidation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountSecurityOptions>()
            .Bind(configuration.GetSection(AccountSecurityOptions.Section))
            .Validate(static options => options.RevalidationSeconds > 0, "Accounts:RevalidationSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountSecurityOptions>>(static (stamp, account) => stamp.ValidationInterval = account.Value.RevalidationInterval);
        // Registered after Identity's own, so these are the ones resolved.
        services.AddScoped<ISecurityStampValidator, StandingSecurityStampValidator>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountState>();
    }
}
