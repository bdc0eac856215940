using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The Demo Store's merchant endpoints: <c>POST /orders/create</c> (B3, signed callers), <c>GET /orders/{id}</c> (B1) and
/// <c>GET /orders/{id}/status</c> (B4), the last two public as the merchant OpenAPI shows them (gaps.md G24).
/// </summary>
internal sealed class SandboxOrderEndpoints(
    SandboxAuthentication authentication,
    CreateDemoOrder createOrder,
    DemoRoutes routes,
    DemoOrderQueries orders,
    SandboxIdentities identities,
    IOptions<OpenchargeOptions> opencharge,
    TimeProvider time)
{
    public async Task<IResult> CreateAsync(HttpContext context)
    {
        var sender = await authentication.AuthenticateAsync(context, SandboxPaths.StoreEndpoint);
        if (sender.Error is { } error)
        {
            return SignedJsonResult.Error(identities.Merchant, error);
        }
        var (lines, invalid) = OrderCreateRequestReader.Read(sender.Request!.Body, identities.Merchant.Ocid);
        if (invalid is not null)
        {
            return SignedJsonResult.Error(identities.Merchant, invalid);
        }

        var order = await createOrder.CreateAsync(lines!, routes.AcceptsFor(SettleThrough.DemoGateway), context.RequestAborted);
        return SignedJsonResult.Json(identities.Merchant, 200, Envelope(order));
    }

    public async Task<IResult> GetAsync(string orderId, CancellationToken cancellationToken) =>
        await orders.FindSignedAsync(orderId, cancellationToken) is { } order
            ? SignedJsonResult.Json(identities.Merchant, 200, Envelope(order))
            : NotFound(orderId);

    public async Task<IResult> GetStatusAsync(string orderId, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { } order)
        {
            return NotFound(orderId);
        }
        // "paid" only ever comes from a stored, verified proof.
        var status = order.Payment is not null ? "paid"
            : time.GetUtcNow() >= order.CreatedAt + DemoOrderSigner.Lifetime ? "expired"
            : "pending";
        return SignedJsonResult.Json(identities.Merchant, 200, new OrderStatusResponse(order.Id, status, order.Payment?.ReceivedAt.ToUnixTimeSeconds(), order.Payment?.Txid));
    }

    /// <summary>The signed-order envelope (objects.md §1) with the merchant's redirect and re-fetch URLs.</summary>
    private JsonObject Envelope(SignedDemoOrder order)
    {
        var baseUrl = opencharge.Value.PublicBaseUrl;
        var page = SandboxPaths.Absolute(baseUrl, SandboxPaths.OrderPage(order.Id));
        return new JsonObject
        {
            ["order"] = order.ToJsonNode(),
            ["signature"] = order.Signature,
            ["urls"] = new JsonObject
            {
                ["order"] = new JsonArray(SandboxPaths.Absolute(baseUrl, $"{SandboxPaths.StoreEndpoint}/orders/{Uri.EscapeDataString(order.Id)}")),
                ["completed"] = page,
                ["cancelled"] = page + "?cancelled=1",
            },
        };
    }

    private SignedJsonResult NotFound(string orderId) =>
        SignedJsonResult.Error(identities.Merchant, PeerError.OrderNotFound(orderId));
}
