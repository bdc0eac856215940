using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement;

public sealed class SettlementPlannerTests
{
    private static readonly Ocid Us = new(200);
    private static readonly Ocid Gateway = new(300);
    private static readonly Ocid Merchant = new(9001);

    [Fact]
    public void Plan_UsAccepted_CreditsTheMerchantDirectly()
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [Us], ProofAddressing.MerchantOrder);

        var route = Assert.IsType<SettlementRoute>(result.Value);
        Assert.Equal(AccountOwner.Merchant(Merchant), route.CreditedAccount);
        Assert.Equal(Merchant, route.ProofRecipient);
        Assert.True(route.IsDirect);
    }

    [Fact]
    public void Plan_UsAcceptedAndGatewayPrefersGatewaySession_StillAddressesTheMerchantOrder()
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [Us], ProofAddressing.GatewaySession);

        Assert.Equal(ProofAddressing.MerchantOrder, result.Value?.Addressing);
    }

    [Theory]
    [InlineData(ProofAddressing.MerchantOrder)]
    [InlineData(ProofAddressing.GatewaySession)]
    public void Plan_OnlyGatewayAccepted_CreditsTheGatewayWithItsAddressing(ProofAddressing addressing)
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [Gateway], addressing);

        var route = Assert.IsType<SettlementRoute>(result.Value);
        Assert.Equal(AccountOwner.MerchantGateway(Gateway), route.CreditedAccount);
        Assert.Equal(Gateway, route.ProofRecipient);
        Assert.Equal(addressing, route.Addressing);
        Assert.False(route.IsDirect);
    }

    [Fact]
    public void Plan_NeitherAccepted_FailsNotSupported()
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [new Ocid(777)], ProofAddressing.MerchantOrder);

        Assert.Equal("settlement.not_supported", result.Error?.Code);
    }

    [Fact]
    public void Plan_EmptyAccepts_FailsNotSupported()
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [], ProofAddressing.MerchantOrder);

        Assert.Equal("settlement.not_supported", result.Error?.Code);
    }

    [Fact]
    public void Plan_BothAccepted_DirectWins()
    {
        var result = SettlementPlanner.Plan(Us, Gateway, Merchant, [Gateway, Us], ProofAddressing.GatewaySession);

        var route = Assert.IsType<SettlementRoute>(result.Value);
        Assert.Equal(AccountOwner.Merchant(Merchant), route.CreditedAccount);
        Assert.Equal(Merchant, route.ProofRecipient);
        Assert.Equal(ProofAddressing.MerchantOrder, route.Addressing);
    }
}
