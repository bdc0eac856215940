using System.Collections.Concurrent;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>What earlier responses taught the generator: sessions that exist, and accepted requests to replay.</summary>
internal sealed class FuzzState
{
    private const int ReplayPoolSize = 256;

    private readonly ConcurrentQueue<FuzzRequest> _accepted = new();

    public ConcurrentDictionary<string, byte> SessionIds { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, byte> DemoOrderIds { get; } = new(StringComparer.Ordinal);

    public void RememberAccepted(FuzzRequest request)
    {
        _accepted.Enqueue(request);
        while (_accepted.Count > ReplayPoolSize && _accepted.TryDequeue(out _))
        {
        }
    }

    public FuzzRequest? Replay(Random random)
    {
        var pool = _accepted.ToArray();
        return pool.Length == 0 ? null : pool[random.Next(pool.Length)] with { Kind = "replay", MayChangeData = false };
    }

    /// <summary>A session id to aim at: a real one when there is one (generation is sequential, so this stays reproducible).</summary>
    public string? AnySession(Random random)
    {
        var ids = SessionIds.Keys;
        return ids.Count == 0 ? null : ids.ElementAt(random.Next(Math.Min(ids.Count, 1000)));
    }
}
