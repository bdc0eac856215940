using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>The shopper's valid pick from one merchant's inventory, in one currency, with its total.</summary>
public sealed record InventoryBasket(Ocid Merchant, IReadOnlyList<BasketLine> Lines, Money Total)
{
    public Currency Currency => Total.Currency;

    /// <summary>
    /// Whether the order the merchant signed for this basket is for exactly what was picked: the same currency, the
    /// same items in the same quantities at the listed prices, and the basket's total. The merchant computes the
    /// amount (endpoints.md B3), so the shopper must not be asked to pay a different one.
    /// </summary>
    public Result Matches(SignedOrder order)
    {
        if (order.Total.Currency != Currency)
        {
            return InventoryErrors.OrderNotAsPicked($"it is in {order.Total.Currency.Code}, not {Currency.Code}");
        }
        if (order.Items.Count != Lines.Count)
        {
            return InventoryErrors.OrderNotAsPicked($"it lists {order.Items.Count} items, not {Lines.Count}");
        }
        foreach (var line in Lines)
        {
            var item = order.Items.FirstOrDefault(i => i.Id == line.Item.Id);
            if (item is null || item.Quantity != line.Quantity)
            {
                return InventoryErrors.OrderNotAsPicked($"it does not have {line.Quantity} × {line.Item.Name}");
            }
            if (!Money.TryParse(item.Price, Currency, out var price) || price != line.Item.UnitPrice)
            {
                return InventoryErrors.OrderNotAsPicked($"it prices {line.Item.Name} at {item.Price}, not {line.Item.Price}");
            }
        }
        return order.Total == Total
            ? Result.Success()
            : InventoryErrors.OrderNotAsPicked($"its amount is {order.Amount}, not {Total.ToWireString()}");
    }
}
