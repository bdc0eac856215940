namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// Exponential back-off with jitter: 10 s, 20 s, 40 s … capped at 6 h between attempts, for at least 3 days after
/// the delivery was created (gaps.md G25 suggests 1 min → 24 h; we start sooner so a short outage heals fast).
/// </summary>
public sealed record RetrySchedule(TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan RetryWindow)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromHours(6), TimeSpan.FromDays(3));

    /// <param name="createdAt">When the delivery was created; the window counts from there.</param>
    /// <param name="failedAttempts">How many attempts have failed so far (1 after the first failure).</param>
    /// <param name="now">The time of the failure.</param>
    /// <param name="jitter">A random number in [0, 1): spreads retries by up to ±20 % so peers are not hit in bursts.</param>
    public DateTimeOffset? NextAttemptAt(DateTimeOffset createdAt, int failedAttempts, DateTimeOffset now, double jitter)
    {
        if (now - createdAt >= RetryWindow)
        {
            return null;
        }
        var exponent = Math.Min(failedAttempts - 1, 30);
        var delay = Math.Min(FirstDelay.TotalSeconds * Math.Pow(2, exponent), MaxDelay.TotalSeconds);
        var spread = delay * (0.8 + (0.4 * jitter));
        var next = now + TimeSpan.FromSeconds(spread);
        var windowEnd = createdAt + RetryWindow;
        // The last attempt lands at the end of the window, so the peer gets the full three days.
        return next > windowEnd ? windowEnd : next;
    }
}
