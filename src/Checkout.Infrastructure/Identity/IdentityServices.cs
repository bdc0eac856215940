using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class IdentityServices
{
    /// <summary>
    /// Users and roles stored in <see cref="CheckoutDbContext"/>, a sign-in manager, and the demo seeder.
    /// The host chooses the authentication scheme and cookie paths.
    /// </summary>
    public static IServiceCollection AddCheckoutIdentity(this IServiceCollection services, IConfiguration configuration)
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
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CheckoutClaimsPrincipalFactory>();

        services.Configure<DemoSeedOptions>(configuration.GetSection(DemoSeedOptions.Section));
        services.AddScoped<ShopperRegistration>();
        services.AddScoped<DemoAccountSeeder>();
        return services;
    }
}
