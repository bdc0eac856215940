using System.Threading.Channels;

namespace OpenCharge.Checkout.Infrastructure.Jobs;

/// <summary>
/// Wakes a polling worker as soon as a commit gave it work, so it need not wait for its next poll. Notifications
/// coalesce: however many arrive while the worker is busy, it wakes once.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the timeout, whichever comes first; a timeout is the worker's regular poll.</summary>
    /// <returns>Whether a notification, rather than the timeout, ended the wait.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return await _channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: poll anyway, for work whose back-off ran out or that a crashed process left behind.
            return false;
        }
    }
}
