using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

public static class MerchantServices
{
    /// <summary>The wallet's client for merchant QRs: orders, inventories and orders created from a pick.</summary>
    public static IServiceCollection AddMerchantLinks(this IServiceCollection services) =>
        services.AddTransient<IMerchantLinks, PeerMerchantLinks>();

    /// <summary>Which merchant OCIDs each portal user has proven to hold.</summary>
    public static IServiceCollection AddMerchantClaims(this IServiceCollection services) =>
        services.AddScoped<IMerchantClaims, EfMerchantClaims>();

    /// <summary>The merchant portal: onboarding by challenge signature and each claimed merchant's settings.</summary>
    public static IServiceCollection AddMerchantPortal(this IServiceCollection services)
    {
        services.AddScoped<IOnboardingChallenges, EfOnboardingChallenges>();
        services.AddScoped<IMerchantSettings, EfMerchantSettings>();
        services.AddScoped<IssueOnboardingChallenge>();
        services.AddScoped<ClaimMerchant>();
        services.AddScoped<OwnMerchantSettings>();
        services.AddScoped<ChangeMerchantSettings>();
        services.AddSingleton<MerchantBrandingQueries>();
        services.AddSingleton(sp => new MerchantSettingsLimits(
            TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<OpenchargeOptions>>().Value.Checkout.SessionTtlMinutes),
            sp.GetRequiredService<SandboxMode>().Enabled));
        return services;
    }
}
