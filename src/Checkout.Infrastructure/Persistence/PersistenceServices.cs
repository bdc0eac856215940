using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddDbContextFactory<CheckoutDbContext>(options => options.UseNpgsql(connectionString), ServiceLifetime.Singleton);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CheckoutDbContext>>().CreateDbContext());
        services.AddScoped<RequestTransaction>();
        return services;
    }
}
