using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Orders;

public sealed class OpenScannedOrderTests
{
    private const string Shopper = "user_1";
    private static readonly Ocid Merchant = new(9001);
    private static readonly RedirectUrls WalletReturn = new(new Uri("https://pay.example/wallet"), new Uri("https://pay.example/wallet/scan"));
    private static readonly MerchantInventory Shop = new(Merchant,
    [
        new InventoryItem("coffee", "Coffee", "5.00", new Money(500, Currency.Of("USD"))) with { Stock = 3 },
    ]);

    private readonly FakeTimeProvider _time = new(SignedOrderBuilder.DefaultCreatedAt);
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly FakeMerchantLinks _merchant = new() { Order = new FetchedOrder(A.Order().Build(), null) };

    private string OrderCode => QrPayloadWriter.Write(new MerchantOrderQr(Merchant, new Uri("https://shop.example/orders/ord_1"), null));

    private string InventoryCode => QrPayloadWriter.Write(new InventoryQr(Merchant, new Uri("https://shop.example/inventory"), null));

    [Fact]
    public async Task Scan_OrderCode_OpensASessionForTheShopperOnly()
    {
        var scanned = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        var session = scanned.Value!.Session!;
        Assert.Equal(SessionChannel.ScannedOrder, session.Channel);
        Assert.Equal(Shopper, session.ShopperUserId);
        Assert.False(session.IsVisibleTo("user_2"));
        Assert.Equal(SettlementPath.Direct, session.Route.Path);
    }

    [Fact]
    public async Task Scan_SameOrderCodeAgain_FindsTheSameSession()
    {
        var first = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        var again = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        Assert.Equal(first.Value!.Session!.Id, again.Value!.Session!.Id);
        Assert.Single(_sessions.All);
    }

    [Fact]
    public async Task Scan_SameOrderByAnotherShopper_ReturnsReused()
    {
        await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        var other = await UseCase().ScanAsync("user_2", OrderCode, CancellationToken.None);

        Assert.Equal("order.reused", other.Error?.Code);
    }

    [Fact]
    public async Task Scan_OrderWithoutUrls_SendsTheShopperBackToTheWallet()
    {
        var scanned = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        Assert.Equal(WalletReturn, scanned.Value!.Session!.Urls);
    }

    [Fact]
    public async Task Scan_OrderWithUrls_KeepsTheMerchantsUrls()
    {
        var urls = new RedirectUrls(new Uri("https://shop.example/thanks"), new Uri("https://shop.example/basket"));
        _merchant.Order = new FetchedOrder(A.Order().Build(), urls);

        var scanned = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        Assert.Equal(urls, scanned.Value!.Session!.Urls);
    }

    [Fact]
    public async Task Scan_OrderOfAnotherMerchantThanTheCodes_RefusesAndOpensNothing()
    {
        _merchant.Order = new FetchedOrder(A.Order().ForMerchant(9002).Build(), null);

        var scanned = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        Assert.Equal("order.signature_invalid", scanned.Error?.Code);
        Assert.Empty(_sessions.All);
    }

    [Fact]
    public async Task Scan_MerchantUnreachable_ReturnsItsErrorAndOpensNothing()
    {
        _merchant.Order = MerchantLinkErrors.Unreachable(Merchant);

        var scanned = await UseCase().ScanAsync(Shopper, OrderCode, CancellationToken.None);

        Assert.Equal("merchant.unreachable", scanned.Error?.Code);
        Assert.Empty(_sessions.All);
    }

    [Fact]
    public async Task Scan_ExpiredCode_RefusesWithoutCallingTheMerchant()
    {
        var code = QrPayloadWriter.Write(new MerchantOrderQr(Merchant, new Uri("https://shop.example/orders/ord_1"), _time.GetUtcNow().AddMinutes(-1)));

        var scanned = await UseCase().ScanAsync(Shopper, code, CancellationToken.None);

        Assert.Equal("qr.expired", scanned.Error?.Code);
        Assert.Equal(0, _merchant.Calls);
    }

    [Fact]
    public async Task Scan_WalletCode_SaysItIsForAMerchantToScan()
    {
        var code = QrPayloadWriter.Write(WalletSessionQr.For(new Ocid(200), "https://pay.example/opencharge", new string('a', 32), _time.GetUtcNow().AddMinutes(5)));

        var scanned = await UseCase().ScanAsync(Shopper, code, CancellationToken.None);

        Assert.Equal("qr.wallet_code", scanned.Error?.Code);
        Assert.Equal(0, _merchant.Calls);
    }

    [Theory]
    [InlineData(false, "qr.link_insecure")]
    [InlineData(true, null)]
    public async Task Scan_PlainHttpLink_FollowedOnlyInSandbox(bool sandbox, string? expectedCode)
    {
        var code = QrPayloadWriter.Write(new MerchantOrderQr(Merchant, new Uri("http://localhost:5090/orders/ord_1"), null));

        var scanned = await UseCase(sandbox).ScanAsync(Shopper, code, CancellationToken.None);

        Assert.Equal(expectedCode, scanned.Error?.Code);
    }

    [Fact]
    public async Task Scan_InventoryCode_ReturnsTheInventoryWithoutOpeningASession()
    {
        _merchant.Inventory = Shop;

        var scanned = await UseCase().ScanAsync(Shopper, InventoryCode, CancellationToken.None);

        Assert.Same(Shop, scanned.Value!.Inventory);
        Assert.Empty(_sessions.All);
    }

    [Fact]
    public async Task OrderPicks_WithinLimits_OpensASessionForTheOrderTheMerchantCreated()
    {
        _merchant.Order = new FetchedOrder(A.Order().WithId("ord_picked").Paying("10.00", "USD").Build(), null);

        var ordered = await UseCase().OrderPicksAsync(Shopper, Shop, [new InventoryPick("coffee", 2)], CancellationToken.None);

        Assert.Equal("ord_picked", ordered.Value!.Session!.OrderId);
        Assert.Equal(2, _merchant.LastBasket!.Lines.Single().Quantity);
    }

    [Fact]
    public async Task OrderPicks_MoreThanInStock_FailsWithoutAskingTheMerchant()
    {
        var ordered = await UseCase().OrderPicksAsync(Shopper, Shop, [new InventoryPick("coffee", 4)], CancellationToken.None);

        Assert.Equal("inventory.above_maximum", ordered.Error?.Code);
        Assert.Equal(0, _merchant.Calls);
    }

    [Fact]
    public async Task OrderPicks_MerchantCreatesAnotherOrder_ReturnsItsRefusalAndOpensNothing()
    {
        _merchant.Created = InventoryErrors.OrderNotAsPicked("the amount differs");

        var ordered = await UseCase().OrderPicksAsync(Shopper, Shop, [new InventoryPick("coffee", 1)], CancellationToken.None);

        Assert.Equal("inventory.order_not_as_picked", ordered.Error?.Code);
        Assert.Empty(_sessions.All);
    }

    private OpenScannedOrder UseCase(bool sandbox = false)
    {
        var us = new FakeProtocolSigner();
        var qrSessions = new InMemoryQrSessions();
        var open = new OpenCheckoutSession(new FakeUnitOfWork(), _sessions, qrSessions, new FixedSettlementKnowledge(SettlementKnowledge.Empty), us, _time);
        var intake = new OrderIntake(
            new FakeOrderSignatures(), new InMemoryPartners(), new InMemoryMerchantSettings(), qrSessions, open, us, new IntakeSettings(["USD"], TimeSpan.FromMinutes(30), false), _time);
        return new OpenScannedOrder(_merchant, intake, new OpenScannedOrderSettings(sandbox, WalletReturn), _time);
    }
}
