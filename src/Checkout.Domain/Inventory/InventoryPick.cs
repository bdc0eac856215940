namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>The shopper wants <see cref="Quantity"/> of the item <see cref="ItemId"/>; a quantity of 0 means "not this one".</summary>
public sealed record InventoryPick(string ItemId, int Quantity);
