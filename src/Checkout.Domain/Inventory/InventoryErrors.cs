using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>Why a pick from an inventory cannot become an order; messages are meant for the shopper's screen.</summary>
public static class InventoryErrors
{
    public static DomainError NothingPicked() => new("inventory.nothing_picked", "Pick at least one item.");

    public static DomainError UnknownItem(string itemId) =>
        new("inventory.unknown_item", $"The merchant does not offer an item '{itemId}'.");

    public static DomainError PickedTwice(string name) =>
        new("inventory.picked_twice", $"{name} is picked twice; pick it once with the quantity you want.");

    public static DomainError SoldOut(string name) => new("inventory.sold_out", $"{name} is sold out.");

    public static DomainError BelowMinimum(string name, int minimum) =>
        new("inventory.below_minimum", $"{name} is sold {minimum} or more at a time.");

    public static DomainError AboveMaximum(string name, int maximum) =>
        new("inventory.above_maximum", $"At most {maximum} × {name} can be ordered.");

    public static DomainError MixedCurrencies() =>
        new("inventory.mixed_currencies", "These items are priced in different currencies; pick items of one currency per order.");

    public static DomainError TotalTooLarge() => new("inventory.total_too_large", "The total is too large to pay.");

    public static DomainError OrderNotAsPicked(string difference) =>
        new("inventory.order_not_as_picked", $"The merchant's order is not what was picked: {difference}. Nothing was charged.");
}
