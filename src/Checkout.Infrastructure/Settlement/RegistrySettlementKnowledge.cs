using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// The knowledge snapshot from the stored partners and the registry (metadata cached there). Only partners with a
/// role and at most <see cref="MaxAcceptedLookups"/> other accepted OCIDs are looked up, all at once: an order listing
/// hundreds of OCIDs must not make us fetch hundreds of metadata documents.
/// </summary>
internal sealed class RegistrySettlementKnowledge(IPartners partners, IPeerDirectory directory) : ISettlementKnowledge
{
    public const int MaxAcceptedLookups = 16;

    public async Task<SettlementKnowledge> ForOrderAsync(IReadOnlyList<Ocid> accepts, Currency currency, CancellationToken cancellationToken)
    {
        var settling = (await partners.ListAsync(cancellationToken)).Where(p => p.Roles != PartnerRoles.None).ToList();
        var partnerOcids = settling.Select(p => p.Ocid).ToHashSet();
        var lookups = partnerOcids
            .Concat(accepts.Where(a => !partnerOcids.Contains(a)).Distinct().Take(MaxAcceptedLookups))
            .Select(ocid => directory.FindAsync(ocid, refresh: false, cancellationToken));
        var peers = (await Task.WhenAll(lookups))
            .OfType<PeerLookup.Found>()
            .Select(found => new KnownPeer(found.Metadata.Ocid, found.Metadata.Settlement.Accepts, found.Metadata.Capabilities));
        return new SettlementKnowledge(settling.Select(KnownPartner.From), peers);
    }
}
