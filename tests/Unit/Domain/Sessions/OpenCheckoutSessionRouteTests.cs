using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

/// <summary>The settlement path chosen at intake, for each kind of path, and the refusal when there is none.</summary>
public sealed class OpenCheckoutSessionRouteTests
{
    private static readonly Ocid Merchant = new(9001);
    private static readonly Ocid CallingGateway = new(300);

    private readonly InMemoryCheckoutSessions _sessions = new();

    [Fact]
    public async Task Execute_UsAccepted_CreditsTheMerchantWithoutAskingForKnowledge()
    {
        var knowledge = new FixedSettlementKnowledge(SettlementKnowledge.Empty);

        var route = (await OpenAsync(knowledge, [200, 900])).Value!.Route;

        Assert.Equal((SettlementPath.Direct, AccountOwner.Merchant(Merchant), Merchant), (route.Path, route.CreditedAccount, route.ProofRecipient));
        Assert.Empty(knowledge.Requests);
    }

    [Fact]
    public async Task Execute_CallingGatewayAccepted_CreditsTheGatewayWithItsAddressingWithoutAskingForKnowledge()
    {
        var knowledge = new FixedSettlementKnowledge(SettlementKnowledge.Empty);

        var route = (await OpenAsync(knowledge, [300], ProofAddressing.GatewaySession)).Value!.Route;

        Assert.Equal(SettlementPath.GatewayAccount, route.Path);
        Assert.Equal((AccountOwner.MerchantGateway(CallingGateway), CallingGateway, ProofAddressing.GatewaySession), (route.CreditedAccount, route.ProofRecipient, route.Addressing));
        Assert.Empty(knowledge.Requests);
    }

    [Fact]
    public async Task Execute_ReserveAtAcceptedGateway_HoldsThePaymentInFlightAtThatGateway()
    {
        var knowledge = new FixedSettlementKnowledge(A.Knowledge().Reserve(900, "USD", 100_00).Build());

        var route = (await OpenAsync(knowledge, [900])).Value!.Route;

        Assert.Equal(SettlementPath.PartnerReserve(new Ocid(900)), route.Path);
        Assert.Equal((AccountOwner.SettlementInFlight(new Ocid(900)), Merchant), (route.CreditedAccount, route.ProofRecipient));
        var request = Assert.Single(knowledge.Requests);
        Assert.Equal([new Ocid(900)], request.Accepts);
        Assert.Equal(Currency.Of("USD"), request.Currency);
    }

    [Fact]
    public async Task Execute_CommonProvider_HoldsThePaymentInFlightAtTheProvider()
    {
        var knowledge = new FixedSettlementKnowledge(A.Knowledge().Provider(100, "USD", 100_00).Gateway(900, 100).Build());

        var route = (await OpenAsync(knowledge, [900])).Value!.Route;

        Assert.Equal(SettlementPath.CommonProvider(new Ocid(100), new Ocid(900)), route.Path);
        Assert.Equal(AccountOwner.SettlementInFlight(new Ocid(100)), route.CreditedAccount);
    }

    [Fact]
    public async Task Execute_TwoHopChain_HoldsThePaymentInFlightAtTheProvider()
    {
        var knowledge = new FixedSettlementKnowledge(A.Knowledge().Provider(100, "USD", 100_00).Gateway(400, 100).Gateway(900, 400).Build());

        var route = (await OpenAsync(knowledge, [900])).Value!.Route;

        Assert.Equal(SettlementPath.Chain([new Ocid(100), new Ocid(400), new Ocid(900)]), route.Path);
        Assert.Equal(AccountOwner.SettlementInFlight(new Ocid(100)), route.CreditedAccount);
    }

    [Fact]
    public async Task Execute_NoPath_ReturnsSettlementNotSupportedAndOpensNoSession()
    {
        var result = await OpenAsync(new FixedSettlementKnowledge(A.Knowledge().Reserve(900, "USD", 1_00).Build()), [900]);

        Assert.Equal("settlement.not_supported", result.Error?.Code);
        Assert.Null(await _sessions.FindOpenOrPaidAsync(CallingGateway, Merchant, "ord_1", CancellationToken.None));
    }

    private Task<Result<CheckoutSession>> OpenAsync(ISettlementKnowledge knowledge, long[] accepts, ProofAddressing addressing = ProofAddressing.MerchantOrder)
    {
        var open = new OpenCheckoutSession(new FakeUnitOfWork(), _sessions, new InMemoryQrSessions(), knowledge, new FakeProtocolSigner(), new FakeTimeProvider(SignedOrderBuilder.DefaultCreatedAt));
        var order = A.Order().Accepting(accepts).Build();
        var urls = new RedirectUrls(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));
        return open.ExecuteAsync(new CheckoutRequest(OrderOrigin.HostedCheckout(CallingGateway), order, urls, order.Accepts!, addressing), ["USD"], TimeSpan.FromMinutes(15), CancellationToken.None);
    }
}
