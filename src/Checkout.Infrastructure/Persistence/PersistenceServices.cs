using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Caching;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

public static class PersistenceServices
{
    public const string ConnectionStringName = "Checkout";

    public static IServiceCollection AddCheckoutPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. Start the app with ./run.sh, or set ConnectionStrings__{ConnectionStringName}.");
        }

        connectionString = ConnectionStringDefaults.Apply(connectionString);
        // A factory for Blazor circuits and background work; the scoped context for request-bound work.
        services.AddSingleton<ExpiringCache<MerchantSettings>>();
        services.AddSingleton<ExpiringCache<Partner>>();
        services.AddSingleton<CachedRowsInvalidator>();
        // Pooled: a fresh context builds its internal services on first use, about a tenth of a signed checkout/create's
        // CPU (issue 11 P1 profile); a pooled one is reset and reused instead.
        services.AddPooledDbContextFactory<CheckoutDbContext>(
            (sp, options) => options.UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<CachedRowsInvalidator>(), ForUpdateInterceptor.Instance));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CheckoutDbContext>>().CreateDbContext());
        // For the services on the signed hot paths: a request that never touches EF leases no context (issue 11).
        services.AddScoped(sp => new Lazy<CheckoutDbContext>(sp.GetRequiredService<CheckoutDbContext>));
        services.AddScoped<RequestTransaction>();
        services.AddSingleton(_ => new AutocommitStatements(connectionString));
        return services;
    }
}
