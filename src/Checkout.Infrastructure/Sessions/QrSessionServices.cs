using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Partners;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>Order intake for every channel, and the wallet QR sessions orders are posted to (issue 9).</summary>
internal static class QrSessionServices
{
    // Built once: ActivatorUtilities.CreateInstance matches constructors by reflection on every call, every order.
    private static readonly ObjectFactory<OrderIntake> CachedIntake =
        ActivatorUtilities.CreateFactory<OrderIntake>([typeof(IMerchantSettings), typeof(IPartners)]);

    public static IServiceCollection AddQrSessions(this IServiceCollection services)
    {
        services.AddTransient<IQrSessions, EfQrSessions>();
        services.AddScoped<StartQrSession>();
        // Intake reads merchant settings and partners on every order: from the short-lived cache, not the database.
        services.AddTransient<CachedMerchantSettings>();
        services.AddTransient<CachedPartners>();
        services.AddTransient(sp => CachedIntake(sp, [sp.GetRequiredService<CachedMerchantSettings>(), sp.GetRequiredService<CachedPartners>()]));
        // From options read once at start-up: built once, not on every order.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OpenchargeOptions>>().Value;
            return new IntakeSettings(
                options.Settlement.Currencies, TimeSpan.FromMinutes(options.Checkout.SessionTtlMinutes), sp.GetRequiredService<SandboxMode>().Enabled);
        });
        services.AddSingleton<QrSessionQueries>();
        services.AddSingleton<WalletOrderSignal>();
        return services;
    }
}
