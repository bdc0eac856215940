using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The Demo Store's <c>GET /inventory</c> (objects.md §11, endpoints.md B2) from its catalogue. The shelf never runs
/// out, so no <c>quantity</c> (stock) is claimed; <c>max_qty</c> is the most its <c>/orders/create</c> takes per line.
/// </summary>
internal static class DemoInventory
{
    public static object For(long merchantOcid) => new
    {
        ocid = merchantOcid,
        currency = DemoCatalogue.Products[0].Currency,
        items = DemoCatalogue.Products.Select(p => new
        {
            id = p.Id,
            name = p.Name,
            price = p.Price,
            description = p.Description,
            currency = p.Currency,
            max_qty = OrderCreateRequestReader.MaxQuantity,
        }),
    };
}
