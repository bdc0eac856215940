using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// In-process news that something keyed by <typeparamref name="TKey"/> changed, so every open page watching it re-reads
/// at once. It only says "look again": subscribers read the database, which stays the one source of truth, and other
/// processes' changes reach them through their periodic re-read.
/// </summary>
public abstract class KeyedEvents<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, ImmutableList<Action>> _subscribers = new();

    /// <summary>Calls <paramref name="onChanged"/> on every publish for <paramref name="id"/> until disposed. It must not block.</summary>
    public IDisposable Subscribe(TKey id, Action onChanged)
    {
        _subscribers.AddOrUpdate(id, _ => [onChanged], (_, list) => list.Add(onChanged));
        return new Subscription(this, id, onChanged);
    }

    public void Publish(TKey id)
    {
        if (!_subscribers.TryGetValue(id, out var subscribers))
        {
            return;
        }
        foreach (var onChanged in subscribers)
        {
            onChanged();
        }
    }

    private void Unsubscribe(TKey id, Action onChanged)
    {
        while (_subscribers.TryGetValue(id, out var list))
        {
            var remaining = list.Remove(onChanged);
            var replaced = remaining.IsEmpty
                ? _subscribers.TryRemove(new KeyValuePair<TKey, ImmutableList<Action>>(id, list))
                : _subscribers.TryUpdate(id, remaining, list);
            if (replaced)
            {
                return;
            }
        }
    }

    private sealed class Subscription(KeyedEvents<TKey> events, TKey id, Action onChanged) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                events.Unsubscribe(id, onChanged);
            }
        }
    }
}
