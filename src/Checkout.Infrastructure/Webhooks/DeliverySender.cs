using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>Sends one claimed proof, with no database transaction open, and turns whatever happens into an outcome.</summary>
internal sealed class DeliverySender(PeerClient peers, IPeerDirectory directory, TimeProvider time, ILogger<DeliverySender> logger)
{
    /// <returns>The attempt, or null when shutdown cancelled it: then nothing is recorded and the lease runs out.</returns>
    public async Task<SentDelivery?> SendAsync(ClaimedDelivery claim, CancellationToken stoppingToken)
    {
        var attemptedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        DeliveryOutcome outcome;
        try
        {
            var result = await peers.PostJsonAsync(claim.Target, claim.Path, Encoding.UTF8.GetBytes(claim.Payload), stoppingToken);
            outcome = WebhookAnswer.Classify(result);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            // Not our shutdown, so the HttpClient timeout.
            outcome = WebhookAnswer.TimedOut();
        }
        catch (Exception ex)
        {
            // Refused connections and refused addresses arrive as HttpRequestException; anything else is a bug, but it
            // must not cost the proof its retries.
            logger.LogWarning(ex, "Delivery {DeliveryId} to OCID {Ocid} failed", claim.Id, claim.Target);
            outcome = WebhookAnswer.Unreachable(ex);
        }
        var latency = (int)Math.Min(int.MaxValue, time.GetElapsedTime(started).TotalMilliseconds);

        if (outcome.RefreshPeer)
        {
            await RefreshAsync(claim, stoppingToken);
        }
        return new SentDelivery(claim, outcome, attemptedAt, latency);
    }

    private async Task RefreshAsync(ClaimedDelivery claim, CancellationToken stoppingToken)
    {
        try
        {
            await directory.FindAsync(claim.Target, refresh: true, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The directory reports unreachable metadata as a result; this is a bug, and the retry still stands.
            logger.LogWarning(ex, "Refreshing the metadata of OCID {Ocid} failed", claim.Target);
        }
    }
}
