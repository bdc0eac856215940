using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement;

/// <summary>
/// The remote rules checked against a brute-force oracle on seeded random networks (FsCheck is not referenced): every
/// path returned is valid, none shorter exists, ties go to the lowest hops, and the accepts order does not matter.
/// </summary>
public sealed class SettlementPathFinderChainPropertiesTests
{
    private static readonly Ocid Us = new(200);
    private static readonly Ocid CallingGateway = new(300);
    private static readonly Money Amount = new(10_00, Currency.Of("USD"));
    private static readonly long[] Nodes = [200, 101, 102, 103, 401, 402, 403, 404, 405, 901, 902];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Find_RandomNetwork_ReturnsTheShortestLowestValidRemotePath(int seed)
    {
        var (knowledge, accepts) = RandomNetwork(new Random(seed));

        var result = SettlementPathFinder.Find(Us, CallingGateway, accepts, Amount, knowledge);

        var expected = Oracle(knowledge, accepts);
        if (expected is null)
        {
            Assert.Equal("settlement.not_supported", result.Error?.Code);
            return;
        }
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Find_AcceptsReversed_ReturnsTheSamePath(int seed)
    {
        var (knowledge, accepts) = RandomNetwork(new Random(seed));

        var forward = SettlementPathFinder.Find(Us, CallingGateway, accepts, Amount, knowledge);
        var backward = SettlementPathFinder.Find(Us, CallingGateway, [.. accepts.Reverse()], Amount, knowledge);

        Assert.Equal(forward.Value, backward.Value);
    }

    [Fact]
    public void RandomNetworks_CoverEveryRemoteOutcome()
    {
        var outcomes = Enumerable.Range(1, 300)
            .Select(seed => RandomNetwork(new Random(seed)))
            .Select(n => SettlementPathFinder.Find(Us, CallingGateway, n.Accepts, Amount, n.Knowledge).Value?.Kind)
            .ToHashSet();

        Assert.Superset(new HashSet<SettlementPathKind?> { null, SettlementPathKind.PartnerReserve, SettlementPathKind.CommonProvider, SettlementPathKind.Chain }, outcomes);
    }

    private static (SettlementKnowledge Knowledge, IReadOnlyList<Ocid> Accepts) RandomNetwork(Random random)
    {
        var builder = A.Knowledge();
        foreach (var node in Nodes)
        {
            var roll = random.Next(6);
            if (roll == 0)
            {
                builder.Provider(node, "USD", random.Next(2) == 0 ? 5_00 : 50_00);
            }
            else if (roll == 1)
            {
                builder.Reserve(node, "USD", random.Next(2) == 0 ? 5_00 : 50_00);
            }
            if (random.Next(3) > 0)
            {
                builder.Gateway(node, [.. Nodes.Where(n => n != node && random.Next(4) == 0)]);
            }
        }
        return (builder.Build(), [.. Nodes.Where(_ => random.Next(5) == 0).Select(n => new Ocid(n)).Where(o => o != Us)]);
    }

    /// <summary>Tries every candidate in rule order, shortest first, ascending hop by hop.</summary>
    private static SettlementPath? Oracle(SettlementKnowledge knowledge, IReadOnlyList<Ocid> accepts)
    {
        var reserve = accepts.Where(a => knowledge.CanFund(a, PartnerRoles.MerchantGateway, Amount)).OrderBy(a => a.Value).ToList();
        if (reserve.Count > 0)
        {
            return SettlementPath.PartnerReserve(reserve[0]);
        }
        for (var length = 2; length <= SettlementPath.MaxChainHops + 1; length++)
        {
            var valid = Sequences(length).Where(hops => IsValidChain(knowledge, accepts, hops)).ToList();
            if (valid.Count > 0)
            {
                var hops = valid.OrderBy(h => string.Join(",", h.Select(o => o.Value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)))).First();
                return length == 2 ? SettlementPath.CommonProvider(hops[0], hops[1]) : SettlementPath.Chain(hops);
            }
        }
        return null;
    }

    private static bool IsValidChain(SettlementKnowledge knowledge, IReadOnlyList<Ocid> accepts, IReadOnlyList<Ocid> hops) =>
        !hops.Contains(Us)
        && hops.Distinct().Count() == hops.Count
        && knowledge.CanFund(hops[0], PartnerRoles.SettlementProvider, Amount)
        && accepts.Contains(hops[^1])
        && hops.Skip(1).Select((hop, i) => knowledge.Peer(hop) is { TakesTwoStepPayments: true } peer && peer.Accepts.Contains(hops[i])).All(ok => ok);

    private static IEnumerable<IReadOnlyList<Ocid>> Sequences(int length) => length == 0
        ? [[]]
        : Sequences(length - 1).SelectMany(prefix => Nodes.Select(n => (IReadOnlyList<Ocid>)[.. prefix, new Ocid(n)]));
}
