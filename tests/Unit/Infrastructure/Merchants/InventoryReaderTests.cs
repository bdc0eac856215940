using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Merchants;

public sealed class InventoryReaderTests
{
    [Fact]
    public void Read_EveryDocumentedField_ReadsThem()
    {
        var (inventory, _) = Read("""
            {"ocid":500,"currency":"USD","items":[{"id":"item_001","name":"Large Coffee","price":"5.00","description":"Hot",
             "quantity":10,"min_qty":1,"max_qty":5,"images":["https://m.example/c.png","http://m.example/c.png","nope"],"url":"https://m.example/c"}]}
            """);

        var item = Assert.Single(inventory!.Items);
        Assert.Equal(new Ocid(500), inventory.Merchant);
        Assert.Equal(("item_001", "Large Coffee", "5.00", "Hot"), (item.Id, item.Name, item.Price, item.Description));
        Assert.Equal(new Money(5_00, Currency.Of("USD")), item.UnitPrice);
        Assert.Equal((10, 1, 5), (item.Stock!.Value, item.MinQuantity, item.MaxQuantity!.Value));
        Assert.Equal([new Uri("https://m.example/c.png")], item.Images);
    }

    [Fact]
    public void Read_CamelCaseLimitsAndAnItemCurrency_ReadsThem()
    {
        var (inventory, _) = Read("""{"ocid":500,"currency":"USD","items":[{"id":"t","name":"T-shirt","price":"10000.00","currency":"UGX","minQty":2,"maxQty":3}]}""");

        var item = Assert.Single(inventory!.Items);
        Assert.Equal(new Money(10_000, Currency.Of("UGX")), item.UnitPrice);
        Assert.Equal((2, 3), (item.MinQuantity, item.MaxQuantity!.Value));
        Assert.Null(item.Stock);
    }

    [Theory]
    [InlineData("""{"ocid":500,"currency":"USD"}""", "items")]
    [InlineData("""{"ocid":500,"currency":"USD","items":{}}""", "items")]
    [InlineData("""{"ocid":0,"currency":"USD","items":[]}""", "ocid")]
    [InlineData("""{"currency":"USD","items":[]}""", "ocid")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1.00"},{"id":"a","name":"B","price":"2.00"}]}""", "items")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1,00"}]}""", "items[0].price")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"0.00"}]}""", "items[0].price")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":1}]}""", "items[0].price")]
    [InlineData("""{"ocid":500,"items":[{"id":"a","name":"A","price":"1.00"}]}""", "items[0].currency")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"name":"A","price":"1.00"}]}""", "items[0].id")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1.00","quantity":-1}]}""", "items[0].quantity")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1.00","min_qty":0}]}""", "items[0].min_qty")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1.00","min_qty":3,"max_qty":2}]}""", "items[0].max_qty")]
    [InlineData("""{"ocid":500,"currency":"USD","items":[{"id":"a","name":"A","price":"1.00","quantity":2.5}]}""", "items[0].quantity")]
    [InlineData("""{"ocid":500,"currency":"USD","items":["a"]}""", "items[0].")]
    public void Read_SchemaBroken_IsRefusedWholeNamingTheField(string json, string expectedField)
    {
        var (inventory, problems) = Read(json);

        Assert.Null(inventory);
        Assert.Contains(expectedField, problems.Keys);
    }

    [Fact]
    public void Read_MoreItemsThanTheLimit_IsRefused()
    {
        var items = string.Join(",", Enumerable.Range(0, InventoryReader.MaxItems + 1).Select(i => $$"""{"id":"i{{i}}","name":"I","price":"1.00"}"""));

        var (inventory, problems) = Read($$"""{"ocid":500,"currency":"USD","items":[{{items}}]}""");

        Assert.Null(inventory);
        Assert.Contains("items", problems.Keys);
    }

    private static (MerchantInventory? Inventory, Dictionary<string, object?> Problems) Read(string json)
    {
        var fields = new JsonFields("", []);
        var inventory = InventoryReader.Read(JsonDocument.Parse(json).RootElement, fields);
        return (inventory, fields.Problems);
    }
}
