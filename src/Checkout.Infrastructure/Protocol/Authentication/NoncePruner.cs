using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

internal sealed class NoncePruner(INonceStore nonces, TimeProvider time, ILogger<NoncePruner> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await nonces.PruneAsync(time.GetUtcNow(), stoppingToken);
                logger.LogDebug("Pruned {Count} expired nonces", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Pruning nonces failed; will retry");
            }
        }
    }
}
