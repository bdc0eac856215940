using System.Collections.Concurrent;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Caching;

/// <summary>
/// Rows read on every checkout/create and written rarely (merchant settings, partners), kept per OCID for
/// <see cref="TimeToLive"/>. This process forgets a row as soon as it saves it (<see cref="CachedRowsInvalidator"/>);
/// the time to live bounds how long another node's write can go unseen (docs/decisions.md, issue 11). Values are shared
/// between requests, so they are loaded untracked and only read.
/// </summary>
public sealed class ExpiringCache<TValue>(TimeProvider time)
    where TValue : class
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Ocid, Entry> _entries = new();

    public async Task<TValue?> GetOrLoadAsync(Ocid ocid, Func<CancellationToken, Task<TValue?>> load, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(ocid, out var entry) && entry.ExpiresAt > now)
        {
            return entry.Value;
        }
        var generation = CurrentGeneration(ocid);
        var value = await load(cancellationToken);
        // A save during the load may have been missed by the load: keep the value only if no invalidation came between.
        if (CurrentGeneration(ocid) == generation)
        {
            _entries[ocid] = new Entry(value, now + TimeToLive, generation);
        }
        return value;
    }

    public void Invalidate(Ocid ocid) =>
        _entries.AddOrUpdate(ocid, _ => Entry.Invalidated(1), (_, old) => Entry.Invalidated(old.Generation + 1));

    private long CurrentGeneration(Ocid ocid) => _entries.TryGetValue(ocid, out var entry) ? entry.Generation : 0;

    private sealed record Entry(TValue? Value, DateTimeOffset ExpiresAt, long Generation)
    {
        public static Entry Invalidated(long generation) => new(null, DateTimeOffset.MinValue, generation);
    }
}
