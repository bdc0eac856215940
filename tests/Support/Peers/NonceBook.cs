using System.Collections.Concurrent;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// Nonces seen per sender, kept 600 s like the reference verifier (authentication.md §5: uniqueness only needs to
/// hold within the ±300 s window).
/// </summary>
internal sealed class NonceBook(TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(600);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new();

    public bool HasSeen(long ocid, string nonce) => _seen.ContainsKey(Key(ocid, nonce));

    /// <summary>Records the nonce; false when another request used it first.</summary>
    public bool TryRecord(long ocid, string nonce)
    {
        var now = time.GetUtcNow();
        foreach (var stale in _seen.Where(entry => now - entry.Value > KeepFor))
        {
            _seen.TryRemove(stale.Key, out _);
        }
        return _seen.TryAdd(Key(ocid, nonce), now);
    }

    private static string Key(long ocid, string nonce) => $"{ocid}:{nonce}";
}
