using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement;

public sealed class SettlementPathFinderTests
{
    private static readonly Ocid Us = new(200);
    private static readonly Ocid CallingGateway = new(300);
    private static readonly Money TenDollars = new(10_00, Currency.Of("USD"));

    [Fact]
    public void Find_UsAccepted_ReturnsDirect()
    {
        var path = Find([900, 200], A.Knowledge().Reserve(900, "USD", 100_00).Build());

        Assert.Equal(SettlementPath.Direct, path);
    }

    [Fact]
    public void Find_UsAndCallingGatewayAccepted_PrefersDirect()
    {
        var path = Find([300, 200], SettlementKnowledge.Empty);

        Assert.Equal(SettlementPath.Direct, path);
    }

    [Fact]
    public void Find_CallingGatewayAccepted_ReturnsGatewayAccount()
    {
        var path = Find([300], SettlementKnowledge.Empty);

        Assert.Equal(SettlementPath.GatewayAccount, path);
    }

    [Fact]
    public void Find_CallingGatewayAcceptedAndReserveAvailable_PrefersGatewayAccount()
    {
        var path = Find([900, 300], A.Knowledge().Reserve(900, "USD", 100_00).Build());

        Assert.Equal(SettlementPath.GatewayAccount, path);
    }

    [Fact]
    public void Find_ReserveAtAcceptedGatewayPartner_ReturnsPartnerReserve()
    {
        var path = Find([900], A.Knowledge().Reserve(900, "USD", 10_00).Build());

        Assert.Equal(SettlementPath.PartnerReserve(new Ocid(900)), path);
    }

    [Fact]
    public void Find_ReserveBelowAmount_ReturnsNotSupported()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, A.Knowledge().Reserve(900, "USD", 9_99).Build());

        Assert.Equal("settlement.not_supported", result.Error?.Code);
    }

    [Fact]
    public void Find_ReserveInAnotherCurrency_ReturnsNotSupported()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, A.Knowledge().Reserve(900, "EUR", 100_00).Build());

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_ReservePartnerNotServingTransferCreate_ReturnsNotSupported()
    {
        var knowledge = A.Knowledge().Partner(900, PartnerRoles.MerchantGateway, "USD", 100_00).Serving(900, SettlementCapabilities.PaymentCreate).Build();

        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, knowledge);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_FundsAtAcceptedProviderOnlyPartner_DoNotMakeAReserve()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, A.Knowledge().Provider(900, "USD", 100_00).Build());

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_TwoAcceptedReserves_PicksTheLowestOcidWhateverTheAcceptsOrder()
    {
        var knowledge = A.Knowledge().Reserve(950, "USD", 100_00).Reserve(910, "USD", 100_00).Build();

        Assert.Equal(SettlementPath.PartnerReserve(new Ocid(910)), Find([950, 910], knowledge));
        Assert.Equal(SettlementPath.PartnerReserve(new Ocid(910)), Find([910, 950], knowledge));
    }

    [Fact]
    public void Find_ReserveAndCommonProviderBothPossible_PrefersReserve()
    {
        var knowledge = A.Knowledge().Reserve(950, "USD", 100_00).Provider(100, "USD", 100_00).Gateway(900, 100).Build();

        var path = Find([900, 950], knowledge);

        Assert.Equal(SettlementPath.PartnerReserve(new Ocid(950)), path);
    }

    [Fact]
    public void Find_AcceptedGatewayAcceptsOurProvider_ReturnsCommonProvider()
    {
        var path = Find([900], A.Knowledge().Provider(100, "USD", 10_00).Gateway(900, 100).Build());

        Assert.Equal(SettlementPath.CommonProvider(new Ocid(100), new Ocid(900)), path);
    }

    [Fact]
    public void Find_AcceptedGatewayWithoutPaymentSettle_ReturnsNotSupported()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Peer(900, [100], [SettlementCapabilities.PaymentCreate]).Build();

        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, knowledge);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_AcceptedGatewayAcceptsAnotherProvider_ReturnsNotSupported()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, A.Knowledge().Provider(100, "USD", 100_00).Gateway(900, 101).Build());

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_ProviderHoldingTooLittle_ReturnsNotSupported()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, A.Knowledge().Provider(100, "USD", 5_00).Gateway(900, 100).Build());

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_ProviderWithoutTheProviderRole_ReturnsNotSupported()
    {
        var knowledge = A.Knowledge().Partner(100, PartnerRoles.MerchantGateway, "USD", 100_00).Serving(100, SettlementCapabilities.TransferCreate).Gateway(900, 100).Build();

        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, knowledge);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_TwoCommonProviders_PicksTheLowestProvider()
    {
        var knowledge = A.Knowledge().Provider(120, "USD", 100_00).Provider(110, "USD", 100_00).Gateway(900, 120, 110).Build();

        var path = Find([900], knowledge);

        Assert.Equal(SettlementPath.CommonProvider(new Ocid(110), new Ocid(900)), path);
    }

    [Fact]
    public void Find_OneProviderTwoAcceptedGateways_PicksTheLowestGateway()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(950, 100).Gateway(910, 100).Build();

        var path = Find([950, 910], knowledge);

        Assert.Equal(SettlementPath.CommonProvider(new Ocid(100), new Ocid(910)), path);
    }

    [Fact]
    public void Find_CommonProviderAndChainBothPossible_PrefersCommonProvider()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(400, 100).Gateway(900, 400, 100).Build();

        var path = Find([900], knowledge);

        Assert.Equal(SettlementPath.CommonProvider(new Ocid(100), new Ocid(900)), path);
    }

    [Fact]
    public void Find_GatewayReachedThroughOneIntermediary_ReturnsTwoHopChain()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(400, 100).Gateway(900, 400).Build();

        var path = Find([900], knowledge);

        Assert.Equal(SettlementPath.Chain([new Ocid(100), new Ocid(400), new Ocid(900)]), path);
    }

    [Fact]
    public void Find_ThreeHopsNeeded_ReturnsThreeHopChain()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(400, 100).Gateway(500, 400).Gateway(900, 500).Build();

        var path = Find([900], knowledge);

        Assert.Equal(SettlementPath.Chain([new Ocid(100), new Ocid(400), new Ocid(500), new Ocid(900)]), path);
    }

    [Fact]
    public void Find_FourHopsNeeded_ReturnsNotSupported()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(400, 100).Gateway(500, 400).Gateway(600, 500).Gateway(900, 600).Build();

        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, knowledge);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_TwoIntermediariesEquallyShort_PicksTheLowest()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(450, 100).Gateway(410, 100).Gateway(900, 450, 410).Build();

        var path = Find([900], knowledge);

        Assert.Equal(SettlementPath.Chain([new Ocid(100), new Ocid(410), new Ocid(900)]), path);
    }

    [Fact]
    public void Find_ChainThroughUs_IsNeverTaken()
    {
        var knowledge = A.Knowledge().Provider(100, "USD", 100_00).Gateway(200, 100).Gateway(900, 200).Build();

        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, knowledge);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Find_NoPath_ReturnsNotSupportedSayingWhatWasTried()
    {
        var result = SettlementPathFinder.Find(Us, CallingGateway, [new Ocid(900)], TenDollars, SettlementKnowledge.Empty);

        Assert.Equal("settlement.not_supported", result.Error?.Code);
        Assert.Contains("[900]", result.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("reserve", result.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("3 hops", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindInLedger_NeitherUsNorCallingGatewayAccepted_ReturnsNull()
    {
        Assert.Null(SettlementPathFinder.FindInLedger(Us, CallingGateway, [new Ocid(900)]));
    }

    private static SettlementPath? Find(long[] accepts, SettlementKnowledge knowledge) =>
        SettlementPathFinder.Find(Us, CallingGateway, [.. accepts.Select(a => new Ocid(a))], TenDollars, knowledge).Value;
}
