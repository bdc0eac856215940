using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

public static class MerchantServices
{
    /// <summary>The wallet's client for merchant QRs: orders, inventories and orders created from a pick.</summary>
    public static IServiceCollection AddMerchantLinks(this IServiceCollection services) =>
        services.AddTransient<IMerchantLinks, PeerMerchantLinks>();

    /// <summary>Which merchant OCIDs each portal user has proven to hold.</summary>
    public static IServiceCollection AddMerchantClaims(this IServiceCollection services) =>
        services.AddScoped<IMerchantClaims, EfMerchantClaims>();
}
