using System.Text.Json.Nodes;

using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Merchants;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Merchants;

/// <summary>
/// Following merchant QRs over real HTTP (endpoints.md B1–B3): a <see cref="FakeMerchant"/> (9001) on its own Kestrel
/// host with its own key, and a second one (9002) that goes down. Every failure of issue 9's build point 7 ends in
/// its own error, never in an order.
/// </summary>
public sealed class PeerMerchantLinksTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeMerchant _merchant = null!;
    private FakeMerchant _closing = null!;
    private WalletOverHttp _wallet = null!;
    private bool _closed;

    public async Task InitializeAsync()
    {
        _merchant = await FakeMerchant.StartAsync(9001, accepts: [200]);
        _closing = await FakeMerchant.StartAsync(9002, accepts: [200]);
        // 9004 is registered at an address where nobody listens: its metadata can never be read.
        var registry = new Dictionary<long, string> { [9001] = _merchant.Endpoint, [9002] = _closing.Endpoint, [9004] = "http://127.0.0.1:9/opencharge" };
        _wallet = await WalletOverHttp.StartAsync(registry, _clock);
        _merchant.Host.Registry.Register(200, _wallet.Us.Endpoint);
    }

    public async Task DisposeAsync()
    {
        await _wallet.DisposeAsync();
        await _merchant.DisposeAsync();
        if (!_closed)
        {
            await _closing.DisposeAsync();
        }
    }

    [Fact]
    public async Task FetchOrder_SignedOrderOfTheCodesMerchant_ReturnsItWithItsUrls()
    {
        _merchant.Shop.Publish(Order("ord_qr1"));

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_qr1"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("ord_qr1", result.Value.Order.Id);
        Assert.Equal("25.00", result.Value.Order.Amount);
        Assert.Equal(new Ocid(9001), result.Value.Order.MerchantOcid);
        Assert.Equal([new Ocid(200)], result.Value.Order.Accepts);
        Assert.Equal(2, result.Value.Order.Items.Count);
        Assert.EndsWith("/shop/orders/ord_qr1/thanks", result.Value.Urls?.Success.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal([new Uri(_merchant.Shop.OrderUrl("ord_qr1"))], result.Value.Urls?.Order);
    }

    [Fact]
    public async Task FetchOrder_CallsTheMerchantAsUs()
    {
        _merchant.Shop.Publish(Order("ord_qr1"));

        await _wallet.Links.FetchOrderAsync(CodeFor("ord_qr1"), CancellationToken.None);

        var call = Assert.Single(_merchant.Host.Calls, c => c.Path == "/opencharge/orders/ord_qr1");
        Assert.Equal(("GET", "200", 200), (call.Method, call.Sender, call.Status));
    }

    [Fact]
    public async Task FetchOrder_OcidNotInTheRegistry_FailsAsUnknownMerchant()
    {
        var code = new MerchantOrderQr(new Ocid(4242), new Uri(_merchant.Shop.OrderUrl("ord_qr1")), null);

        var result = await _wallet.Links.FetchOrderAsync(code, CancellationToken.None);

        Assert.Equal("merchant.unknown", result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_MerchantStoppedAfterItsMetadataWasRead_FailsAsUnreachable()
    {
        Assert.True((await _wallet.Links.FetchInventoryAsync(new InventoryQr(new Ocid(9002), new Uri(_closing.Shop.InventoryUrl), null), CancellationToken.None)).IsSuccess);
        var code = new MerchantOrderQr(new Ocid(9002), new Uri(_closing.Shop.OrderUrl("ord_qr1")), null);
        await _closing.DisposeAsync();
        _closed = true;

        var result = await _wallet.Links.FetchOrderAsync(code, CancellationToken.None);

        Assert.Equal("merchant.unreachable", result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_MerchantsMetadataUnreadable_FailsAsUnreachable()
    {
        var code = new MerchantOrderQr(new Ocid(9004), new Uri("http://127.0.0.1:9/opencharge/orders/ord_qr1"), null);

        var result = await _wallet.Links.FetchOrderAsync(code, CancellationToken.None);

        Assert.Equal("merchant.unreachable", result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_LinkOutsideTheMerchantsEndpoint_FailsWithoutCallingIt()
    {
        var code = new MerchantOrderQr(new Ocid(9001), new Uri(_closing.Shop.OrderUrl("ord_qr1")), null);

        var result = await _wallet.Links.FetchOrderAsync(code, CancellationToken.None);

        Assert.Equal("qr.link_foreign", result.Error?.Code);
        Assert.DoesNotContain(_closing.Host.Calls, c => c.Path.Contains("/orders/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchOrder_MerchantHasNoSuchOrder_FailsAsNotFound()
    {
        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_missing"), CancellationToken.None);

        Assert.Equal("order.not_found", result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_MerchantSaysGone_FailsAsExpired()
    {
        _merchant.Shop.Publish(Order("ord_old", expiresAt: _clock.GetUtcNow().AddMinutes(-1)));

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_old"), CancellationToken.None);

        Assert.Equal("order.expired", result.Error?.Code);
        Assert.Contains(_merchant.Host.Calls, c => c.Path == "/opencharge/orders/ord_old" && c.Status == 410);
    }

    [Fact]
    public async Task FetchOrder_ServedAfterItsExpiry_FailsAsExpired()
    {
        _merchant.Shop.Publish(Order("ord_soon", expiresAt: _clock.GetUtcNow().AddMinutes(1)));
        _clock.Advance(TimeSpan.FromMinutes(2));

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_soon"), CancellationToken.None);

        Assert.Equal("order.expired", result.Error?.Code);
        Assert.Contains(_merchant.Host.Calls, c => c.Path == "/opencharge/orders/ord_soon" && c.Status == 200);
    }

    [Theory]
    [InlineData(ShopAnswer.Tampered, "order.invalid_signature")]
    [InlineData(ShopAnswer.SignedByAnotherKey, "order.invalid_signature")]
    [InlineData(ShopAnswer.Malformed, "merchant.malformed_answer")]
    [InlineData(ShopAnswer.Unavailable, "merchant.unreachable")]
    public async Task FetchOrder_MerchantAnswersWrongly_FailsWithItsReason(ShopAnswer answer, string expectedCode)
    {
        _merchant.Shop.Publish(Order("ord_qr1"));
        _merchant.Shop.Answer = answer;

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_qr1"), CancellationToken.None);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_OrderOfAnotherOcid_FailsAsMerchantMismatch()
    {
        var order = Order("ord_other");
        order["ocid"] = 9003;
        _merchant.Shop.Publish(order);

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_other"), CancellationToken.None);

        Assert.Equal("order.merchant_mismatch", result.Error?.Code);
    }

    [Fact]
    public async Task FetchOrder_OrderMissingItsAmount_FailsAsMalformedNamingTheField()
    {
        var order = Order("ord_bad");
        order.Remove("amount");
        _merchant.Shop.Publish(order);

        var result = await _wallet.Links.FetchOrderAsync(CodeFor("ord_bad"), CancellationToken.None);

        Assert.Equal("merchant.malformed_answer", result.Error?.Code);
        Assert.Contains("order.amount", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchInventory_MerchantsItems_ReturnsPricesStockAndLimits()
    {
        var result = await _wallet.Links.FetchInventoryAsync(InventoryCode(), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Ocid(9001), result.Value.Merchant);
        var coffee = result.Value.Items[0];
        Assert.Equal("Large Coffee", coffee.Name);
        Assert.Equal("5.00", coffee.Price);
        Assert.Equal(40, coffee.Stock);
        Assert.Equal(6, coffee.MaxQuantity);
        Assert.Equal(new Money(5_00, Currency.Of("USD")), coffee.UnitPrice);
        Assert.Equal(2, result.Value.Items[2].MinQuantity);
    }

    [Fact]
    public async Task FetchInventory_ItemWithAnUnreadablePrice_FailsAsMalformed()
    {
        _merchant.Shop.Inventory["items"]![0]!["price"] = "5,00";

        var result = await _wallet.Links.FetchInventoryAsync(InventoryCode(), CancellationToken.None);

        Assert.Equal("merchant.malformed_answer", result.Error?.Code);
        Assert.Contains("items[0].price", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchInventory_InventoryOfAnotherOcid_FailsAsMerchantMismatch()
    {
        _merchant.Shop.Inventory["ocid"] = 9003;

        var result = await _wallet.Links.FetchInventoryAsync(InventoryCode(), CancellationToken.None);

        Assert.Equal("order.merchant_mismatch", result.Error?.Code);
    }

    [Fact]
    public async Task CreateOrder_PickedItems_ReturnsTheMerchantsSignedOrderForThem()
    {
        var basket = await PickAsync(new InventoryPick("coffee", 2), new InventoryPick("water", 2));

        var result = await _wallet.Links.CreateOrderAsync(basket, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("13.00", result.Value.Order.Amount);
        Assert.Equal(["coffee", "water"], result.Value.Order.Items.Select(i => i.Id));
        var request = Assert.Single(_merchant.Shop.CreateRequests);
        Assert.Equal(result.Value.Order.Id, (string?)request["id"]);
        Assert.Equal("13.00", (string?)request["amount"]);
        Assert.Equal(9001, (long?)request["ocid"]);
    }

    [Fact]
    public async Task CreateOrder_MerchantChargesMoreThanPicked_FailsAsNotAsPicked()
    {
        var basket = await PickAsync(new InventoryPick("coffee", 1));
        _merchant.Shop.Answer = ShopAnswer.Overcharged;

        var result = await _wallet.Links.CreateOrderAsync(basket, CancellationToken.None);

        Assert.Equal("inventory.order_not_as_picked", result.Error?.Code);
    }

    [Fact]
    public async Task CreateOrder_TamperedAnswer_FailsAsInvalidSignature()
    {
        var basket = await PickAsync(new InventoryPick("coffee", 1));
        _merchant.Shop.Answer = ShopAnswer.Tampered;

        var result = await _wallet.Links.CreateOrderAsync(basket, CancellationToken.None);

        Assert.Equal("order.invalid_signature", result.Error?.Code);
    }

    [Fact]
    public async Task CreateOrder_StockSoldMeanwhile_FailsWithTheMerchantsReason()
    {
        var basket = await PickAsync(new InventoryPick("sandwich", 3));
        _merchant.Shop.Inventory["items"]![1]!["quantity"] = 1;

        var result = await _wallet.Links.CreateOrderAsync(basket, CancellationToken.None);

        Assert.Equal("merchant.refused", result.Error?.Code);
        Assert.Contains("INSUFFICIENT_STOCK", result.Error?.Message, StringComparison.Ordinal);
    }

    private async Task<InventoryBasket> PickAsync(params InventoryPick[] picks)
    {
        var inventory = await _wallet.Links.FetchInventoryAsync(InventoryCode(), CancellationToken.None);
        var basket = inventory.Value!.Pick(picks);
        Assert.True(basket.IsSuccess, basket.Error?.Message);
        return basket.Value;
    }

    private MerchantOrderQr CodeFor(string orderId) => new(new Ocid(9001), new Uri(_merchant.Shop.OrderUrl(orderId)), null);

    private InventoryQr InventoryCode() => new(new Ocid(9001), new Uri(_merchant.Shop.InventoryUrl), null);

    private JsonObject Order(string id, DateTimeOffset? expiresAt = null) => new()
    {
        ["id"] = id,
        ["ocid"] = 9001,
        ["reference"] = "POS-001",
        ["amount"] = "25.00",
        ["currency"] = "USD",
        ["items"] = new JsonArray(
            new JsonObject { ["id"] = "coffee", ["name"] = "Coffee", ["quantity"] = 2, ["price"] = "5.00" },
            new JsonObject { ["id"] = "sandwich", ["name"] = "Sandwich", ["quantity"] = 1, ["price"] = "15.00" }),
        ["createdAt"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
        ["expiresAt"] = (expiresAt ?? _clock.GetUtcNow().AddMinutes(15)).ToUnixTimeSeconds(),
        ["accepts"] = new JsonArray(200),
    };
}
