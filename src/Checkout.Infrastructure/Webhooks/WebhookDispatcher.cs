using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Sends proofs from the outbox at least once (gaps.md G25): claim due deliveries under a lease, send each one
/// outside any transaction, record the outcome. A crash anywhere only lets a lease run out, after which the proof is
/// sent again; receivers dedupe on (issuer, txid) (G26). Each delivery runs on its own, up to
/// <see cref="DispatchSettings.MaxInFlight"/> at once, so a slow receiver holds up nobody else.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    DeliveryClaimer claimer,
    DeliveryAttemptRecorder recorder,
    DeliverySignal signal,
    DispatchSettings settings,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private int _inFlight;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only this loop touches the list; the deliveries themselves run on the thread pool.
        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(task => task.IsCompleted);
                var free = settings.MaxInFlight - Volatile.Read(ref _inFlight);
                var claimed = free > 0 ? await ClaimAsync(free, stoppingToken) : [];
                foreach (var claim in claimed)
                {
                    Interlocked.Increment(ref _inFlight);
                    running.Add(Task.Run(() => DeliverAsync(claim, stoppingToken), CancellationToken.None));
                }
                if (free > 0 && claimed.Count == free)
                {
                    continue;
                }
                // New deliveries and freed slots both signal; the poll picks up retries that came due.
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: claim nothing more.
        }
        // In-flight sends see the same token and end promptly; unrecorded ones keep their leases, which run out.
        await Task.WhenAll(running);
    }

    private async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int limit, CancellationToken stoppingToken)
    {
        try
        {
            return await claimer.ClaimDueAsync(limit, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Claiming webhook deliveries failed; will retry");
            return [];
        }
    }

    private async Task DeliverAsync(ClaimedDelivery claim, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<DeliverySender>().SendAsync(claim, stoppingToken);
            if (sent is not null)
            {
                // Recorded even during shutdown: the answer is in hand, and recording it spares the receiver a repeat.
                var recorded = await recorder.RecordAsync(sent, CancellationToken.None);
                logger.LogInformation(
                    "Delivery {DeliveryId} to OCID {Ocid}: {Outcome} (HTTP {HttpStatus}), now {Status}",
                    claim.Id, claim.Target, sent.Outcome.Word, sent.Outcome.HttpStatus, recorded.Status);
            }
        }
        catch (Exception ex)
        {
            // The lease stays until it runs out; then the delivery is claimed and sent again.
            logger.LogError(ex, "Recording delivery {DeliveryId} failed; it will be retried when its lease expires", claim.Id);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            signal.Notify();
        }
    }
}
