using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

namespace OpenCharge.Checkout.Infrastructure.Observability;

public static class ObservabilityServices
{
    /// <summary>The operational figures and the gauges that export them (the metrics pipeline itself is the host's).</summary>
    public static IServiceCollection AddOperationsFigures(this IServiceCollection services)
    {
        services.AddSingleton<OperationsFigures>();
        services.AddSingleton<OperationsGauges>();
        return services;
    }
}
