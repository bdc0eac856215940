using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// A peer's static view of the Router Registry: OCID → endpoint. Keys are read from <c>{endpoint}/metadata.json</c>
/// (<c>config.publicKey</c>, then a flat <c>publicKey</c>; gaps.md G2), trusted only when the document's signature
/// over <c>config</c> verifies, and cached for five minutes as authentication.md §6 recommends.
/// </summary>
public sealed class PeerRegistry(ISecp256k1 secp256k1, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly ConcurrentDictionary<long, string> _endpoints = new();
    private readonly ConcurrentDictionary<long, (string Key, DateTimeOffset Until)> _keys = new();

    /// <summary>Makes <paramref name="ocid"/> resolvable at <paramref name="endpoint"/> (its base URL, e.g. <c>http://127.0.0.1:5000/opencharge</c>).</summary>
    public void Register(long ocid, string endpoint)
    {
        _endpoints[ocid] = endpoint.TrimEnd('/');
        _keys.TryRemove(ocid, out _);
    }

    public string? EndpointOf(long ocid) => _endpoints.TryGetValue(ocid, out var endpoint) ? endpoint : null;

    /// <summary>The published key of <paramref name="ocid"/>, or why it cannot be had.</summary>
    public async Task<KeyLookup> PublicKeyOfAsync(long ocid, CancellationToken cancellationToken)
    {
        if (EndpointOf(ocid) is not { } endpoint)
        {
            return KeyLookup.Unknown;
        }
        if (_keys.TryGetValue(ocid, out var cached) && cached.Until > time.GetUtcNow())
        {
            return KeyLookup.Found(cached.Key);
        }
        try
        {
            using var document = JsonDocument.Parse(await Http.GetStringAsync(endpoint + "/metadata.json", cancellationToken));
            var root = document.RootElement;
            var config = root.TryGetProperty("config", out var nested) ? nested : root;
            var key = config.GetProperty("publicKey").GetString()!;
            if (nested.ValueKind == JsonValueKind.Object
                && !secp256k1.Verify(key, Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(nested)), root.GetProperty("signature").GetString()!))
            {
                return KeyLookup.Unavailable;
            }
            _keys[ocid] = (key, time.GetUtcNow() + CacheFor);
            return KeyLookup.Found(key);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException
            or KeyNotFoundException or InvalidOperationException)
        {
            return KeyLookup.Unavailable;
        }
    }
}

/// <summary>The outcome of resolving an OCID's key: found, not in the registry, or metadata unreachable/invalid.</summary>
public sealed record KeyLookup(string? PublicKey, bool IsKnown)
{
    public static KeyLookup Unknown { get; } = new(null, false);

    public static KeyLookup Unavailable { get; } = new(null, true);

    public static KeyLookup Found(string key) => new(key, true);
}
