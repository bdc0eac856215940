using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>A registry with fixed answers; a refreshed look-up may see a newer key, as after a rotation.</summary>
internal sealed class FakePeerDirectory : IPeerDirectory
{
    private readonly Dictionary<Ocid, PeerLookup> _cached = [];
    private readonly Dictionary<Ocid, PeerLookup> _fresh = [];

    public void Publish(Ocid ocid, string publicKey)
    {
        _cached[ocid] = Found(ocid, publicKey);
        _fresh[ocid] = _cached[ocid];
    }

    /// <summary>As the registry does: the key is decoded once, with the metadata.</summary>
    public void PublishDecoded(Ocid ocid, ISecp256k1PublicKey key)
    {
        _cached[ocid] = new PeerLookup.Found(Found(ocid, key.Published).Metadata with { DecodedPublicKey = key });
        _fresh[ocid] = _cached[ocid];
    }

    public void PublishOnRefresh(Ocid ocid, string publicKey) => _fresh[ocid] = Found(ocid, publicKey);

    public void MakeUnavailable(Ocid ocid)
    {
        _cached[ocid] = new PeerLookup.Unavailable("down");
        _fresh[ocid] = _cached[ocid];
    }

    /// <summary>Every look-up, cached or not.</summary>
    public int Lookups { get; private set; }

    public int Refreshes { get; private set; }

    public Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken)
    {
        Lookups++;
        Refreshes += refresh ? 1 : 0;
        var source = refresh ? _fresh : _cached;
        return Task.FromResult(source.GetValueOrDefault(ocid) ?? new PeerLookup.Unknown());
    }

    private static PeerLookup.Found Found(Ocid ocid, string publicKey) =>
        new(new PeerMetadata(ocid, $"Peer {ocid}", $"https://peer{ocid}.example/opencharge", publicKey, [], PeerSettlement.None));
}
