using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Peers;

/// <summary>Resolves a peer's OCID through the registry to its verified metadata (cached).</summary>
public interface IPeerDirectory
{
    /// <param name="ocid">The peer.</param>
    /// <param name="refresh">Skip the cache, e.g. after a signature failed because the peer rotated its key.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken);
}
