namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>Announces each recorded attempt in this process, after it commits: for live views of the delivery log.</summary>
internal sealed class DeliveryAttemptFeed
{
    public event Action<RecordedAttempt>? Recorded;

    public void Publish(RecordedAttempt attempt) => Recorded?.Invoke(attempt);
}
