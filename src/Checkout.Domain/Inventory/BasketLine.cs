using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>A picked item and how many, within the item's limits.</summary>
public sealed record BasketLine(InventoryItem Item, int Quantity)
{
    public Money Total => Item.UnitPrice with { Minor = checked(Item.UnitPrice.Minor * Quantity) };
}
