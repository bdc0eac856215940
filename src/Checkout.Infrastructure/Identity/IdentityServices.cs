using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class IdentityServices
{
    /// <summary>
    /// Users and roles stored in <see cref="CheckoutDbContext"/>, a sign-in manager, the roles and the operator's admin creation.
    /// The host chooses the authentication scheme and cookie paths.
    /// </summary>
    public static IServiceCollection AddCheckoutIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                // Identity's default is 5; 10 spares shoppers who mistype, and still stops online guessing.
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CheckoutDbContext>()
            // Registered after the plain EF store, so this one is resolved: second-factor secrets are sealed at rest.
            .AddUserStore<SealingUserStore>()
            .AddSignInManager()
            // Authenticator-app codes (TOTP) are the only second factor: no email or SMS codes.
            .AddTokenProvider<AuthenticatorTokenProvider<ApplicationUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<CheckoutClaimsPrincipalFactory>();

        services.TryAddSingleton<MasterKeyProvider>();
        services.AddSingleton<SecondFactorSealer>();
        services.AddScoped<SealPlainSecondFactorSecrets>();
        services.AddScoped<ShopperRegistration>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<CreateAdminAccount>();
        return services;
    }
}
