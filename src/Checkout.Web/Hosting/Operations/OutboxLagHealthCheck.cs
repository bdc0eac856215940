using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

namespace OpenCharge.Checkout.Web.Hosting.Operations;

/// <summary>How far the webhook dispatcher is behind: degraded, then unhealthy, past the configured thresholds.</summary>
internal sealed class OutboxLagHealthCheck(OperationsFigures figures, IOptionsMonitor<OperationsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lag = await figures.OutboxLagAsync(cancellationToken);
        var limits = options.CurrentValue;
        var data = new Dictionary<string, object> { ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1) };
        var description = $"The oldest due delivery has waited {lag.TotalSeconds:0} s.";
        if (lag.TotalSeconds >= limits.OutboxLagUnhealthySeconds)
        {
            return new HealthCheckResult(HealthStatus.Unhealthy, description, data: data);
        }
        return lag.TotalSeconds >= limits.OutboxLagDegradedSeconds
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
