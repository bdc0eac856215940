using Microsoft.Extensions.DependencyInjection;

namespace OpenCharge.Checkout.Infrastructure.Jobs;

internal static class PeriodicJobServices
{
    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services)
        where TJob : class, IPeriodicJob
    {
        services.AddScoped<TJob>();
        services.AddHostedService<PeriodicJobService<TJob>>();
        return services;
    }
}
