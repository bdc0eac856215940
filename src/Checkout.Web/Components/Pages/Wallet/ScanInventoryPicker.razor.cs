using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// Lets the shopper choose quantities: a stepper goes from 0 to the item's minimum and up to the lower of its maximum
/// and stock. The total (or why the picks cannot be one order) is <see cref="MerchantInventory.Pick"/>'s answer.
/// </summary>
public sealed partial class ScanInventoryPicker
{
    private readonly Dictionary<string, int> _quantities = [];
    private Result<InventoryBasket>? _basket;

    [Parameter, EditorRequired]
    public MerchantInventory Inventory { get; set; } = default!;

    [Parameter, EditorRequired]
    public string MerchantName { get; set; } = "";

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<IReadOnlyList<InventoryPick>> OnCreateOrder { get; set; }

    [Parameter]
    public EventCallback OnBack { get; set; }

    private int QuantityOf(InventoryItem item) => _quantities.GetValueOrDefault(item.Id);

    private bool CanAdd(InventoryItem item) => item.IsAvailable && (item.MostAllowed is not { } most || QuantityOf(item) < most);

    private string StockText(InventoryItem item) => item.Stock switch
    {
        null => L["in stock"],
        0 => L["sold out"],
        var stock => L["{0} left", stock],
    };

    private void Step(InventoryItem item, int direction)
    {
        var quantity = QuantityOf(item);
        _quantities[item.Id] = direction > 0
            ? Math.Max(quantity + 1, item.MinQuantity)
            : quantity - 1 < item.MinQuantity ? 0 : quantity - 1;
        _basket = Inventory.Pick(Picks());
    }

    private List<InventoryPick> Picks() => [.. _quantities.Select(q => new InventoryPick(q.Key, q.Value))];

    private Task CreateOrderAsync() => OnCreateOrder.InvokeAsync(Picks());
}
