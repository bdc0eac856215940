using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The Demo Store's reading of an <c>OrderCreateRequest</c> (endpoints.md B3): the items name products from its
/// catalogue, and it prices them itself. A caller's <c>amount</c>, when sent, must agree; its <c>id</c> is only a
/// suggestion, since order ids are the merchant's.
/// </summary>
internal static class OrderCreateRequestReader
{
    public const int MaxQuantity = 100;

    public static (IReadOnlyList<DemoOrderLine>? Lines, PeerError? Error) Read(ReadOnlyMemory<byte> body, Ocid merchant)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Invalid("The body is not JSON.");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return Invalid("items must be a non-empty array of {id, quantity}.");
        }
        if (root.TryGetProperty("ocid", out var ocid) && !(ocid.ValueKind == JsonValueKind.Number && ocid.TryGetInt64(out var value) && value == merchant.Value))
        {
            return Invalid($"ocid must be this merchant's OCID, {merchant}.");
        }

        var lines = new List<DemoOrderLine>();
        foreach (var item in items.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var itemId) && itemId.ValueKind == JsonValueKind.String ? itemId.GetString() : null;
            if (DemoCatalogue.Find(id) is not { } product)
            {
                return (null, PeerError.InvalidItem($"The store does not sell '{id}'."));
            }
            var quantity = item.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number && q.TryGetInt32(out var n) ? n : 0;
            if (quantity is < 1 or > MaxQuantity)
            {
                // Outside the limits the inventory lists (min_qty 1, max_qty): the item cannot be had in that quantity.
                return (null, PeerError.InvalidItem($"quantity of '{id}' must be an integer from 1 to {MaxQuantity}, the limits of the inventory."));
            }
            // One line per product keeps an order, and the description built from it, as small as the catalogue.
            if (lines.Any(line => line.Product == product))
            {
                return Invalid($"'{id}' is listed twice; give one line per product with its quantity.");
            }
            lines.Add(new DemoOrderLine(product, quantity));
        }

        var currency = lines[0].Product.Currency;
        if (root.TryGetProperty("currency", out var requested) && (requested.ValueKind != JsonValueKind.String || requested.GetString() != currency))
        {
            return Invalid($"The store prices in {currency} only.");
        }
        return (lines, null);
    }

    private static (IReadOnlyList<DemoOrderLine>?, PeerError?) Invalid(string message) => (null, PeerError.InvalidRequest(message));
}
