using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Http;

public sealed class DemoInventoryTests
{
    [Fact]
    public void For_Catalogue_ReadsBackThroughOurWalletsInventoryReaderWithEveryProductAtItsPrice()
    {
        var problems = new Dictionary<string, object?>();

        var inventory = InventoryReader.Read(Serialized(9001), new JsonFields("", problems));

        Assert.Empty(problems);
        Assert.NotNull(inventory);
        Assert.Equal(new Ocid(9001), inventory.Merchant);
        Assert.Equal(
            DemoCatalogue.Products.Select(p => (p.Id, p.Name, p.Price)),
            inventory.Items.Select(i => (i.Id, i.Name, i.Price)));
    }

    [Fact]
    public void For_Catalogue_ClaimsNoStockAndCapsEachLineAtWhatOrdersCreateTakes()
    {
        var items = Serialized(9001).GetProperty("items").EnumerateArray().ToList();

        Assert.All(items, item => Assert.False(item.TryGetProperty("quantity", out _)));
        Assert.All(items, item => Assert.Equal(OrderCreateRequestReader.MaxQuantity, item.GetProperty("max_qty").GetInt32()));
        Assert.Equal("USD", Serialized(9001).GetProperty("currency").GetString());
    }

    private static JsonElement Serialized(long ocid) =>
        JsonSerializer.SerializeToElement(DemoInventory.For(ocid), DemoInventory.For(ocid).GetType(), CanonicalJson.WireOptions);
}
