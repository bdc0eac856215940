using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>What one attempt came to, in the words the back office shows (<see cref="Word"/>).</summary>
/// <param name="Verdict">What happens to the delivery.</param>
/// <param name="Word">A short outcome word stored on the attempt row, e.g. <c>delivered</c>, <c>timeout</c>.</param>
/// <param name="HttpStatus">Null when no HTTP answer came.</param>
/// <param name="Message">The receiver's rejection message, or why the attempt failed.</param>
/// <param name="Excerpt">The start of the response body, for the attempt log.</param>
/// <param name="RefreshPeer">True when the receiver's metadata should be fetched again before the next attempt.</param>
internal sealed record DeliveryOutcome(
    DeliveryVerdict Verdict,
    string Word,
    int? HttpStatus,
    string? Message,
    string? Excerpt,
    bool RefreshPeer = false)
{
    public void ApplyTo(WebhookDelivery delivery, DateTimeOffset now, RetrySchedule schedule, double jitter)
    {
        switch (Verdict)
        {
            case DeliveryVerdict.Delivered:
                delivery.RecordDelivered(now);
                break;
            case DeliveryVerdict.Rejected:
                delivery.RecordRejected(Message, now);
                break;
            default:
                delivery.RecordFailure(Message ?? Word, now, schedule, jitter);
                break;
        }
    }
}
