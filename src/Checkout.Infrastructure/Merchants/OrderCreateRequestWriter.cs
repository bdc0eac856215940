using System.Security.Cryptography;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// The body of <c>POST {merchant}/orders/create</c> (endpoints.md B3, <c>OrderCreateRequest</c>) for a basket: the
/// order id we propose, the merchant, the basket's amount and currency, and each line at the merchant's own price string.
/// </summary>
internal static class OrderCreateRequestWriter
{
    /// <summary><c>id</c> is required; ours is unguessable, so two wallets picking at one vending machine never collide.</summary>
    public static string NewOrderId() => "ord_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static string Json(InventoryBasket basket, string orderId) => new JsonObject
    {
        ["id"] = orderId,
        ["ocid"] = basket.Merchant.Value,
        ["amount"] = basket.Total.ToWireString(),
        ["currency"] = basket.Currency.Code,
        ["items"] = new JsonArray([.. basket.Lines.Select(line => (JsonNode)new JsonObject
        {
            ["id"] = line.Item.Id,
            ["name"] = line.Item.Name,
            ["quantity"] = line.Quantity,
            ["price"] = line.Item.Price,
        })]),
    }.ToJsonString(CanonicalJson.WireOptions);
}
