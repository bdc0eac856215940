using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>What a merchant offers through its inventory QR (objects.md §11), and the rules a pick must keep.</summary>
public sealed record MerchantInventory(Ocid Merchant, IReadOnlyList<InventoryItem> Items)
{
    /// <summary>
    /// Checks the shopper's picks against each item's limits (<c>min_qty</c>, <c>max_qty</c>, stock) and turns them
    /// into a basket in one currency. Picks of 0 are skipped; at least one item must remain.
    /// </summary>
    public Result<InventoryBasket> Pick(IReadOnlyList<InventoryPick> picks)
    {
        var lines = new List<BasketLine>();
        foreach (var pick in picks.Where(p => p.Quantity != 0))
        {
            if (Items.FirstOrDefault(i => i.Id == pick.ItemId) is not { } item)
            {
                return InventoryErrors.UnknownItem(pick.ItemId);
            }
            if (lines.Any(l => l.Item.Id == item.Id))
            {
                return InventoryErrors.PickedTwice(item.Name);
            }
            if (!item.IsAvailable)
            {
                return InventoryErrors.SoldOut(item.Name);
            }
            if (pick.Quantity < item.MinQuantity)
            {
                return InventoryErrors.BelowMinimum(item.Name, item.MinQuantity);
            }
            if (item.MostAllowed is { } most && pick.Quantity > most)
            {
                return InventoryErrors.AboveMaximum(item.Name, most);
            }
            if (lines.Count > 0 && lines[0].Item.UnitPrice.Currency != item.UnitPrice.Currency)
            {
                return InventoryErrors.MixedCurrencies();
            }
            lines.Add(new BasketLine(item, pick.Quantity));
        }
        if (lines.Count == 0)
        {
            return InventoryErrors.NothingPicked();
        }
        try
        {
            var total = lines.Skip(1).Aggregate(lines[0].Total, (sum, line) => sum.Add(line.Total));
            return new InventoryBasket(Merchant, lines, total);
        }
        catch (OverflowException)
        {
            return InventoryErrors.TotalTooLarge();
        }
    }
}
