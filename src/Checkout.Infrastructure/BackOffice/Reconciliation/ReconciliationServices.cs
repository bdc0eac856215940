using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

public static class ReconciliationServices
{
    public static IServiceCollection AddReconciliation(this IServiceCollection services)
    {
        services.AddScoped<ReconciliationChecks>();
        services.AddScoped<RunReconciliation>();
        services.AddSingleton<ReconciliationQueries>();
        services.AddPeriodicJob<ReconciliationJob>();
        return services;
    }
}
