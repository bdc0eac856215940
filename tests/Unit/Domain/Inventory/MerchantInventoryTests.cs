using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;

namespace OpenCharge.Checkout.UnitTests.Domain.Inventory;

public sealed class MerchantInventoryTests
{
    private static readonly Currency Usd = Currency.Of("USD");

    private static readonly MerchantInventory Shop = new(new Ocid(500),
    [
        Item("coffee", "5.00"),
        Item("sandwich", "15.00") with { MinQuantity = 2, MaxQuantity = 4 },
        Item("cake", "3.50") with { Stock = 3 },
        Item("gone", "1.00") with { Stock = 0 },
        Item("bulk", "1.00") with { MinQuantity = 5, Stock = 4 },
        Item("souvenir", "1000", "UGX"),
        Item("gold", "92233720368547758.07"),
    ]);

    [Fact]
    public void Pick_ItemsWithinTheirLimits_ReturnsTheBasketAndItsTotal()
    {
        var result = Shop.Pick([new("coffee", 2), new("sandwich", 2), new("cake", 3), new("gone", 0)]);

        Assert.True(result.IsSuccess);
        Assert.Equal(new Money(50_50, Usd), result.Value.Total);
        Assert.Equal(["coffee", "sandwich", "cake"], result.Value.Lines.Select(l => l.Item.Id));
        Assert.Equal(new Ocid(500), result.Value.Merchant);
    }

    [Theory]
    [InlineData("sandwich", 1, "inventory.below_minimum")]
    [InlineData("sandwich", 5, "inventory.above_maximum")]
    [InlineData("cake", 4, "inventory.above_maximum")]
    [InlineData("coffee", -1, "inventory.below_minimum")]
    [InlineData("gone", 1, "inventory.sold_out")]
    [InlineData("bulk", 5, "inventory.sold_out")]
    [InlineData("tea", 1, "inventory.unknown_item")]
    public void Pick_OutsideAnItemsLimits_FailsWithTheRule(string itemId, int quantity, string expectedCode)
    {
        var result = Shop.Pick([new(itemId, quantity)]);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Fact]
    public void Pick_NothingButZeros_FailsAsNothingPicked()
    {
        var result = Shop.Pick([new("coffee", 0)]);

        Assert.Equal("inventory.nothing_picked", result.Error?.Code);
    }

    [Fact]
    public void Pick_SameItemTwice_FailsAsPickedTwice()
    {
        var result = Shop.Pick([new("coffee", 1), new("coffee", 2)]);

        Assert.Equal("inventory.picked_twice", result.Error?.Code);
    }

    [Fact]
    public void Pick_ItemsInTwoCurrencies_FailsAsMixedCurrencies()
    {
        var result = Shop.Pick([new("coffee", 1), new("souvenir", 1)]);

        Assert.Equal("inventory.mixed_currencies", result.Error?.Code);
    }

    [Fact]
    public void Pick_TotalPastLongMinorUnits_FailsAsTooLarge()
    {
        var result = Shop.Pick([new("gold", 1), new("coffee", 1)]);

        Assert.Equal("inventory.total_too_large", result.Error?.Code);
    }

    [Fact]
    public void Pick_LineTotalOverflows_FailsAsTooLarge()
    {
        var result = Shop.Pick([new("gold", 2)]);

        Assert.Equal("inventory.total_too_large", result.Error?.Code);
    }

    internal static InventoryItem Item(string id, string price, string currency = "USD")
    {
        var code = Currency.Of(currency);
        Assert.True(Money.TryParse(price, code, out var unitPrice));
        return new InventoryItem(id, id[..1].ToUpperInvariant() + id[1..], price, unitPrice);
    }
}
