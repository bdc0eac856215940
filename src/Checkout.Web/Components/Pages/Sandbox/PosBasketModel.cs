using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>What the cashier rang up: a quantity per catalogue product and the route the order is to settle by.</summary>
public sealed class PosBasketModel
{
    private readonly Dictionary<string, int> _quantities = DemoCatalogue.Products.ToDictionary(p => p.Id, p => p.Id == DemoCatalogue.Products[0].Id ? 1 : 0);

    public SettleThrough SettleThrough { get; set; } = SettleThrough.Checkout;

    public int QuantityOf(DemoProduct product) => _quantities[product.Id];

    public void SetQuantity(DemoProduct product, int quantity) => _quantities[product.Id] = Math.Max(0, quantity);

    /// <summary>The order lines, products with a quantity only; empty when nothing was rung up.</summary>
    public IReadOnlyList<DemoOrderLine> Lines =>
        [.. DemoCatalogue.Products.Where(p => _quantities[p.Id] > 0).Select(p => new DemoOrderLine(p, _quantities[p.Id]))];
}
