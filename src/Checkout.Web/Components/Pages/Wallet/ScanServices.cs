using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

internal static class ScanServices
{
    /// <summary>The scan page's use case; a scanned order without merchant URLs returns the shopper to the wallet.</summary>
    public static IServiceCollection AddScanning(this IServiceCollection services)
    {
        services.AddSingleton<ScanDesk>();
        services.AddScoped<OpenScannedOrder>();
        services.AddScoped(sp =>
        {
            var publicBase = new Uri(sp.GetRequiredService<IOptions<OpenchargeOptions>>().Value.PublicBaseUrl.TrimEnd('/') + "/");
            var walletReturn = new RedirectUrls(new Uri(publicBase, WalletPaths.Home.TrimStart('/')), new Uri(publicBase, WalletPaths.Scan.TrimStart('/')));
            return new OpenScannedOrderSettings(sp.GetRequiredService<SandboxMode>().Enabled, walletReturn);
        });
        return services;
    }
}
