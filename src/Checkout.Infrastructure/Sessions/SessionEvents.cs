using System.Collections.Concurrent;
using System.Collections.Immutable;

using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// In-process news that a session changed (paid, cancelled, expired), so every open checkout page for it re-reads at
/// once. It only says "look again": subscribers read the database, which stays the one source of truth, and other
/// processes' changes reach them through their periodic re-read.
/// </summary>
public sealed class SessionEvents
{
    private readonly ConcurrentDictionary<SessionId, ImmutableList<Action>> _subscribers = new();

    /// <summary>Calls <paramref name="onChanged"/> on every publish for <paramref name="id"/> until disposed. It must not block.</summary>
    public IDisposable Subscribe(SessionId id, Action onChanged)
    {
        _subscribers.AddOrUpdate(id, _ => [onChanged], (_, list) => list.Add(onChanged));
        return new Subscription(this, id, onChanged);
    }

    public void Publish(SessionId id)
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

    private void Unsubscribe(SessionId id, Action onChanged)
    {
        while (_subscribers.TryGetValue(id, out var list))
        {
            var remaining = list.Remove(onChanged);
            var replaced = remaining.IsEmpty
                ? _subscribers.TryRemove(new KeyValuePair<SessionId, ImmutableList<Action>>(id, list))
                : _subscribers.TryUpdate(id, remaining, list);
            if (replaced)
            {
                return;
            }
        }
    }

    private sealed class Subscription(SessionEvents events, SessionId id, Action onChanged) : IDisposable
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
