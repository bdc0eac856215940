namespace OpenCharge.Checkout.Infrastructure.Jobs;

/// <summary>
/// Housekeeping that runs every <see cref="Interval"/> in every process (pruning, expiring). Each run is resolved in
/// its own DI scope, so a job may use scoped use cases; running in several processes at once must be safe.
/// </summary>
internal interface IPeriodicJob
{
    static abstract TimeSpan Interval { get; }

    /// <summary>Does one round of work and returns how many rows it changed, for the log.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
