using System.Collections.Concurrent;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>What earlier responses taught the generator: sessions that exist, and accepted requests to replay.</summary>
internal sealed class FuzzState
{
    private const int ReplayPoolSize = 256;

    private readonly ConcurrentQueue<FuzzRequest> _accepted = new();

    private readonly List<string> _sessionsInOrder = [];

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

    public bool AddSession(string id)
    {
        if (!SessionIds.TryAdd(id, 0))
        {
            return false;
        }
        lock (_sessionsInOrder)
        {
            _sessionsInOrder.Add(id);
        }
        return true;
    }

    /// <summary>A real session id to aim at, when there is one.</summary>
    public string? AnySession(Random random)
    {
        lock (_sessionsInOrder)
        {
            return _sessionsInOrder.Count == 0 ? null : _sessionsInOrder[random.Next(_sessionsInOrder.Count)];
        }
    }
}
