using System.Text.Json.Nodes;

using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// The signed-order envelope <c>{order, signature, urls}</c> (objects.md §1) the store hands out: as the answer of its
/// <c>/orders/create</c> and <c>/orders/{id}</c> (B1, B3), and as the body it posts to a wallet QR (A4).
/// </summary>
internal sealed class DemoOrderEnvelope(IOptions<OpenchargeOptions> opencharge)
{
    public JsonObject For(SignedDemoOrder order)
    {
        var baseUrl = opencharge.Value.PublicBaseUrl;
        var page = SandboxPaths.Absolute(baseUrl, SandboxPaths.OrderPage(order.Id));
        return new JsonObject
        {
            ["order"] = order.ToJsonNode(),
            ["signature"] = order.Signature,
            ["urls"] = new JsonObject
            {
                ["order"] = new JsonArray(OrderUrl(order.Id)),
                ["completed"] = page,
                ["cancelled"] = page + "?cancelled=1",
            },
        };
    }

    /// <summary>Where the store serves the order again (B1): what its order QR points at.</summary>
    public string OrderUrl(string orderId) =>
        SandboxPaths.Absolute(opencharge.Value.PublicBaseUrl, $"{SandboxPaths.StoreEndpoint}/orders/{Uri.EscapeDataString(orderId)}");
}
