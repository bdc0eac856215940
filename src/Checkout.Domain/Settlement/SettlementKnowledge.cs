using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// A snapshot of what we know when an order arrives: our partners (roles, the funds we hold there) and the metadata of
/// the peers we looked up (partners and the order's accepted OCIDs). Peers we could not resolve are simply absent.
/// </summary>
public sealed class SettlementKnowledge
{
    public static readonly SettlementKnowledge Empty = new([], []);

    private readonly Dictionary<Ocid, KnownPartner> _partners;
    private readonly Dictionary<Ocid, KnownPeer> _peers;

    public SettlementKnowledge(IEnumerable<KnownPartner> partners, IEnumerable<KnownPeer> peers)
    {
        _partners = partners.ToDictionary(p => p.Ocid);
        _peers = peers.ToDictionary(p => p.Ocid);
    }

    public IReadOnlyCollection<KnownPartner> Partners => _partners.Values;

    public IReadOnlyCollection<KnownPeer> Peers => _peers.Values;

    public KnownPeer? Peer(Ocid ocid) => _peers.GetValueOrDefault(ocid);

    /// <summary>A partner in this role where we hold at least the amount, whose metadata says it serves <c>/transfer/create</c>.</summary>
    public bool CanFund(Ocid ocid, PartnerRoles role, Money amount) =>
        _partners.TryGetValue(ocid, out var partner)
        && partner.Is(role)
        && partner.Covers(amount)
        && Peer(ocid)?.Serves(SettlementCapabilities.TransferCreate) == true;
}
