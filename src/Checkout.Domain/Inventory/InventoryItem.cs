using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Inventory;

/// <summary>
/// One item of a merchant's inventory (objects.md §11). <see cref="Price"/> is the merchant's unit price string as
/// sent; <see cref="UnitPrice"/> is it in the item's currency. <see cref="Stock"/> is absent when the merchant does
/// not count it.
/// </summary>
public sealed record InventoryItem(string Id, string Name, string Price, Money UnitPrice)
{
    public const int MaxIdLength = 128;

    public string? Description { get; init; }

    public int? Stock { get; init; }

    /// <summary><c>min_qty</c>, 1 by default.</summary>
    public int MinQuantity { get; init; } = 1;

    /// <summary><c>max_qty</c>; no limit of its own when absent.</summary>
    public int? MaxQuantity { get; init; }

    public IReadOnlyList<Uri> Images { get; init; } = [];

    /// <summary>The most one order may take: the lower of <see cref="MaxQuantity"/> and <see cref="Stock"/>.</summary>
    public int? MostAllowed => (MaxQuantity, Stock) switch
    {
        ({ } max, { } stock) => Math.Min(max, stock),
        ({ } max, null) => max,
        (null, var stock) => stock,
    };

    public bool IsAvailable => MostAllowed is not { } most || most >= MinQuantity;
}
