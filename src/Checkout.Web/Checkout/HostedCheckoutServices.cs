using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.Web.Checkout;

internal static class HostedCheckoutServices
{
    /// <summary>The <c>/pay/{id}</c> page's services; the use cases themselves come from <c>AddCheckout</c>.</summary>
    public static IServiceCollection AddHostedCheckout(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HostedCheckoutOptions>(configuration.GetSection(HostedCheckoutOptions.Section));
        services.AddSingleton<ShopperCheckout>();
        services.AddSingleton<PayInStoreDesk>();
        services.AddScanning();
        return services;
    }
}
