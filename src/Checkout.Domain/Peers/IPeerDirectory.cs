using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Peers;

/// <summary>Resolves a peer's OCID through the registry to its verified metadata (cached).</summary>
public interface IPeerDirectory
{
    /// <param name="ocid">The peer.</param>
    /// <param name="refresh">
    /// Skip the cache, e.g. after a signature failed because the peer rotated its key. Rate-limited per OCID: when the
    /// metadata was fetched only moments ago the cached entry comes back, so callers compare keys before verifying again.
    /// </param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken);
}
