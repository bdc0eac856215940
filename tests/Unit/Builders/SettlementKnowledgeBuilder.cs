using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// What we know about partners and peers, one fact per call:
/// <c>A.Knowledge().Provider(100, "USD", 500_00).Gateway(300, accepts: 100).Build()</c>.
/// </summary>
internal sealed class SettlementKnowledgeBuilder
{
    private static readonly string[] TwoStep = [SettlementCapabilities.PaymentCreate, SettlementCapabilities.PaymentSettle];

    private readonly Dictionary<Ocid, KnownPartner> _partners = [];
    private readonly Dictionary<Ocid, KnownPeer> _peers = [];

    /// <summary>A settlement-provider partner holding our funds, serving <c>/transfer/create</c>.</summary>
    public SettlementKnowledgeBuilder Provider(long ocid, string currency, long balanceMinor) =>
        Partner(ocid, PartnerRoles.SettlementProvider, currency, balanceMinor).Serving(ocid, SettlementCapabilities.TransferCreate);

    /// <summary>A merchant-gateway partner holding a reserve of ours, serving <c>/transfer/create</c>.</summary>
    public SettlementKnowledgeBuilder Reserve(long ocid, string currency, long balanceMinor) =>
        Partner(ocid, PartnerRoles.MerchantGateway, currency, balanceMinor).Serving(ocid, SettlementCapabilities.TransferCreate);

    public SettlementKnowledgeBuilder Partner(long ocid, PartnerRoles roles, string currency, long balanceMinor)
    {
        _partners[new Ocid(ocid)] = new KnownPartner(new Ocid(ocid), roles, [new Money(balanceMinor, Currency.Of(currency))]);
        return this;
    }

    /// <summary>A peer taking two-step payments (<c>/payment/create</c> + <c>/payment/settle</c>) and accepting these issuers.</summary>
    public SettlementKnowledgeBuilder Gateway(long ocid, params long[] accepts) => Peer(ocid, accepts, TwoStep);

    public SettlementKnowledgeBuilder Peer(long ocid, long[] accepts, string[] capabilities)
    {
        var known = _peers.GetValueOrDefault(new Ocid(ocid));
        _peers[new Ocid(ocid)] = new KnownPeer(
            new Ocid(ocid),
            [.. (known?.Accepts ?? []).Concat(accepts.Select(a => new Ocid(a)))],
            [.. (known?.Capabilities ?? []).Union(capabilities)]);
        return this;
    }

    public SettlementKnowledgeBuilder Serving(long ocid, params string[] capabilities) => Peer(ocid, [], capabilities);

    public SettlementKnowledge Build() => new(_partners.Values, _peers.Values);
}
