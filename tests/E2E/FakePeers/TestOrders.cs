using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// Merchant orders as a merchant builds them (objects.md §1), and the gateway's request that carries one; a peer signs
/// them with <c>SignOrder</c>.
/// </summary>
public static class TestOrders
{
    public static JsonObject Order(long merchantOcid, IEnumerable<long> accepts, string amount = "12.50", string currency = "USD", DateTimeOffset? expiresAt = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["id"] = "ord_" + Guid.NewGuid().ToString("N")[..12],
            ["ocid"] = merchantOcid,
            ["reference"] = "INV-" + now.ToUnixTimeSeconds(),
            ["amount"] = amount,
            ["currency"] = currency,
            ["items"] = new JsonArray(new JsonObject { ["id"] = "item_001", ["name"] = "Test mug", ["quantity"] = 1, ["price"] = amount }),
            ["memo"] = "E2E order",
            ["createdAt"] = now.ToUnixTimeSeconds(),
            ["expiresAt"] = (expiresAt ?? now.AddHours(1)).ToUnixTimeSeconds(),
            ["accepts"] = new JsonArray(accepts.Select(a => (JsonNode)a).ToArray()),
        };
    }

    /// <summary>The <c>/checkout/create</c> body: order, its signature, the merchant OCID and the redirect URLs.</summary>
    public static string CheckoutCreateBody(JsonObject order, string signature, long merchantOcid, string successUrl, string cancelUrl) =>
        new JsonObject
        {
            ["order"] = order.DeepClone(),
            ["signature"] = signature,
            ["merchantOcid"] = merchantOcid,
            ["urls"] = new JsonObject { ["success"] = successUrl, ["cancel"] = cancelUrl },
        }.ToJsonString();
}
