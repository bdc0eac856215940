using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Settlement;

public sealed class RegistrySettlementKnowledgeTests
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakePeerDirectory _directory = new();
    private readonly ListedPartners _partners = new();

    [Fact]
    public async Task ForOrder_HostileAcceptsList_LooksUpPartnersAndOnlySixteenAcceptedOcids()
    {
        _partners.Add(Partner.Create(new Ocid(100), "Bank", PartnerRoles.SettlementProvider, Now));
        IReadOnlyList<Ocid> accepts = [.. Enumerable.Range(1000, 500).Select(n => new Ocid(n))];

        await Knowledge().ForOrderAsync(accepts, Usd, CancellationToken.None);

        Assert.Equal(1 + RegistrySettlementKnowledge.MaxAcceptedLookups, _directory.Lookups);
    }

    [Fact]
    public async Task ForOrder_PartnerWithoutRole_IsNeitherKnownNorLookedUp()
    {
        _partners.Add(Partner.Create(new Ocid(9001), "Shop", PartnerRoles.None, Now));

        var knowledge = await Knowledge().ForOrderAsync([], Usd, CancellationToken.None);

        Assert.Empty(knowledge.Partners);
        Assert.Equal(0, _directory.Lookups);
    }

    [Fact]
    public async Task ForOrder_UnreachableAndUnknownPeers_AreLeftOut()
    {
        var provider = Partner.Create(new Ocid(100), "Bank", PartnerRoles.SettlementProvider, Now);
        provider.Hold(Usd, 500_00, 0, Now);
        _partners.Add(provider);
        _directory.MakeUnavailable(new Ocid(100));
        _directory.Publish(new Ocid(900), "04key");

        var knowledge = await Knowledge().ForOrderAsync([new Ocid(900), new Ocid(901)], Usd, CancellationToken.None);

        Assert.Equal(new Money(500_00, Usd), Assert.Single(Assert.Single(knowledge.Partners).Holdings));
        Assert.Equal(new Ocid(900), Assert.Single(knowledge.Peers).Ocid);
    }

    private RegistrySettlementKnowledge Knowledge() => new(_partners, _directory);

    private sealed class ListedPartners : IPartners
    {
        private readonly List<Partner> _partners = [];

        public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Partner>>(_partners);

        public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) => Task.FromResult(_partners.FirstOrDefault(p => p.Ocid == ocid));

        public Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken) =>
            Task.FromResult(_partners.FirstOrDefault(p => p.Ocid == partner)?.HoldingIn(currency));

        public void Add(Partner partner) => _partners.Add(partner);
    }
}
