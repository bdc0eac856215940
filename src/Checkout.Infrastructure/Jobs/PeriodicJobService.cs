using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenCharge.Checkout.Infrastructure.Jobs;

/// <summary>Runs one <see cref="IPeriodicJob"/> on its interval; a failed round is logged and retried next tick.</summary>
internal sealed class PeriodicJobService<TJob>(IServiceScopeFactory scopes, TimeProvider time, ILogger<PeriodicJobService<TJob>> logger)
    : BackgroundService
    where TJob : class, IPeriodicJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TJob.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(stoppingToken);
                logger.LogDebug("{Job} changed {Count} rows", typeof(TJob).Name, changed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Job} failed; will retry", typeof(TJob).Name);
            }
        }
    }
}
