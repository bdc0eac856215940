using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.UnitTests.Builders;

using static OpenCharge.Checkout.UnitTests.Domain.Inventory.MerchantInventoryTests;

namespace OpenCharge.Checkout.UnitTests.Domain.Inventory;

public sealed class InventoryBasketTests
{
    private static readonly InventoryBasket Basket = new MerchantInventory(new Ocid(500), [Item("coffee", "5.00"), Item("cake", "3.50")])
        .Pick([new("coffee", 2), new("cake", 1)]).Value!;

    [Fact]
    public void Matches_OrderForExactlyThePick_Succeeds()
    {
        var order = Order("13.50", "USD", new OrderItem("cake", "Cake", 1, "3.5"), new OrderItem("coffee", "Coffee", 2, "5.00"));

        var result = Basket.Matches(order);

        Assert.True(result.IsSuccess);
    }

    public static TheoryData<SignedOrder> Differing() =>
    [
        Order("13.50", "EUR", new OrderItem("coffee", "Coffee", 2, "5.00"), new OrderItem("cake", "Cake", 1, "3.50")),
        Order("14.00", "USD", new OrderItem("coffee", "Coffee", 2, "5.00"), new OrderItem("cake", "Cake", 1, "3.50")),
        Order("13.50", "USD", new OrderItem("coffee", "Coffee", 3, "5.00"), new OrderItem("cake", "Cake", 1, "3.50")),
        Order("13.50", "USD", new OrderItem("coffee", "Coffee", 2, "5.25"), new OrderItem("cake", "Cake", 1, "3.00")),
        Order("13.50", "USD", new OrderItem("coffee", "Coffee", 2, "5.00")),
        Order("13.50", "USD", new OrderItem("coffee", "Coffee", 2, "5.00"), new OrderItem("pie", "Pie", 1, "3.50")),
        Order("13.50", "USD"),
    ];

    [Theory]
    [MemberData(nameof(Differing))]
    public void Matches_OrderDiffersFromThePick_FailsAsNotAsPicked(SignedOrder order)
    {
        var result = Basket.Matches(order);

        Assert.Equal("inventory.order_not_as_picked", result.Error?.Code);
    }

    private static SignedOrder Order(string amount, string currency, params OrderItem[] items) =>
        A.Order().ForMerchant(500).Paying(amount, currency).Build() with { Items = items };
}
