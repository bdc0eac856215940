namespace OpenCharge.Checkout.Domain.Peers;

/// <summary>The outcome of resolving an OCID: found, not in the registry, or known but its metadata unreachable.</summary>
public abstract record PeerLookup
{
    private PeerLookup()
    {
    }

    public sealed record Found(PeerMetadata Metadata) : PeerLookup;

    public sealed record Unknown : PeerLookup;

    public sealed record Unavailable(string Reason) : PeerLookup;
}
