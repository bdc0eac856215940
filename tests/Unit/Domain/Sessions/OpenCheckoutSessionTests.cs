using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

public sealed class OpenCheckoutSessionTests
{
    private static readonly RedirectUrls Urls = new(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));

    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly OpenCheckoutSession _open;

    public OpenCheckoutSessionTests() =>
        _open = new OpenCheckoutSession(new FakeUnitOfWork(), _sessions, new InMemoryQrSessions(), new FixedSettlementKnowledge(SettlementKnowledge.Empty), new FakeProtocolSigner(), new FakeTimeProvider(SignedOrderBuilder.DefaultCreatedAt));

    [Fact]
    public async Task Execute_SameOrderSameContent_ReturnsTheSameSession()
    {
        var first = await OpenAsync(A.Order().Build(), Urls);

        var second = await OpenAsync(A.Order().Build(), Urls);

        Assert.Equal(first.Value!.Id, second.Value!.Id);
    }

    [Fact]
    public async Task Execute_SameOrderIdWithChangedAmount_ReturnsOrderReused()
    {
        await OpenAsync(A.Order().Build(), Urls);

        var changed = await OpenAsync(A.Order().Paying("99.00", "USD").Build(), Urls);

        Assert.Equal("order.reused", changed.Error?.Code);
    }

    [Fact]
    public async Task Execute_SameOrderIdWithChangedSuccessUrl_ReturnsOrderReused()
    {
        await OpenAsync(A.Order().Build(), Urls);

        var changed = await OpenAsync(A.Order().Build(), Urls with { Success = new Uri("https://elsewhere.example/success") });

        Assert.Equal("order.reused", changed.Error?.Code);
    }

    [Fact]
    public async Task Execute_SameOrderIdWithChangedItems_ReturnsOrderReused()
    {
        await OpenAsync(A.Order().Build(), Urls);

        var changed = await OpenAsync(A.Order().Build() with { Items = [new OrderItem("item_1", "Mug", 1, "12.50")] }, Urls);

        Assert.Equal("order.reused", changed.Error?.Code);
    }

    private Task<Result<CheckoutSession>> OpenAsync(SignedOrder order, RedirectUrls urls) =>
        _open.ExecuteAsync(
            new CheckoutRequest(OrderOrigin.HostedCheckout(new Ocid(300)), order, urls, order.Accepts!, ProofAddressing.MerchantOrder),
            ["USD"],
            TimeSpan.FromMinutes(15),
            CancellationToken.None);
}
