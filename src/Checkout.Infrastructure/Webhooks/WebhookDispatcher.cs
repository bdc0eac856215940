using System.Threading.Channels;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Sends proofs from the outbox at least once (gaps.md G25): claim due deliveries under a lease, send each one
/// outside any transaction, record the outcome. A crash anywhere only lets a lease run out, after which the proof is
/// sent again; receivers dedupe on (issuer, txid) (G26). Each delivery runs on its own, up to
/// <see cref="DispatchSettings.MaxInFlight"/> at once, so a slow receiver holds up nobody else. Finished sends queue
/// for one recording loop, which writes whatever has gathered in one round trip, so under load outcomes and claims
/// go to the database in batches rather than one proof at a time.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    DeliveryClaimer claimer,
    DeliveryAttemptRecorder recorder,
    DeliverySignal signal,
    DispatchSettings settings,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly Channel<SentDelivery> _sent = Channel.CreateUnbounded<SentDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private int _inFlight;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recording = Task.Run(RecordSentAsync, CancellationToken.None);
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
        _sent.Writer.Complete();
        await recording;
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
                // The slot stays taken until the outcome is recorded, so this process never holds more than its share.
                _sent.Writer.TryWrite(sent);
                return;
            }
        }
        catch (Exception ex)
        {
            // The lease stays until it runs out; then the delivery is claimed and sent again.
            logger.LogError(ex, "Sending delivery {DeliveryId} failed; it will be retried when its lease expires", claim.Id);
        }
        Release(1);
    }

    /// <summary>Records even during shutdown: the answers are in hand, and recording them spares the receivers a repeat.</summary>
    private async Task RecordSentAsync()
    {
        var batch = new List<SentDelivery>(settings.MaxInFlight);
        while (await _sent.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < settings.MaxInFlight && _sent.Reader.TryRead(out var sent))
            {
                batch.Add(sent);
            }
            await RecordAsync(batch);
            Release(batch.Count);
            batch.Clear();
        }
    }

    private async Task RecordAsync(IReadOnlyList<SentDelivery> batch)
    {
        try
        {
            var recorded = await recorder.RecordAsync(batch, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                logger.LogInformation(
                    "Delivery {DeliveryId} to OCID {Ocid}: {Outcome} (HTTP {HttpStatus}), now {Status}",
                    batch[i].Claim.Id, batch[i].Claim.Target, batch[i].Outcome.Word, batch[i].Outcome.HttpStatus, recorded[i].Status);
            }
        }
        catch (Exception ex)
        {
            // The leases stay until they run out; then the deliveries are claimed and sent again.
            logger.LogError(ex, "Recording {Count} webhook deliveries failed; they will be retried when their leases expire", batch.Count);
        }
    }

    private void Release(int slots)
    {
        Interlocked.Add(ref _inFlight, -slots);
        signal.Notify();
    }
}
