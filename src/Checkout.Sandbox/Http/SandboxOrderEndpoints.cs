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
    DemoOrderEnvelope envelope,
    DemoOrderNotifications notifications,
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

        // A wallet picking from the inventory QR has no calling gateway, so the gateway-account route cannot settle its
        // order (docs/flows.md "QR payments"): when our payment gateway asks, the order accepts its own proof (direct).
        var route = sender.Peer!.Ocid.Value == opencharge.Value.Ocid ? SettleThrough.Checkout : SettleThrough.DemoGateway;
        var order = await createOrder.CreateAsync(lines!, routes.AcceptsFor(route), context.RequestAborted);
        notifications.PublishRequested(order.Id);
        return SignedJsonResult.Json(identities.Merchant, 200, envelope.For(order));
    }

    public async Task<IResult> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        if (await orders.FindSignedAsync(orderId, cancellationToken) is not { } order)
        {
            return NotFound(orderId);
        }
        // endpoints.md B1: 410 once the order's signed expiresAt has passed; a wallet must not be offered it.
        return order.ExpiresAt <= time.GetUtcNow()
            ? SignedJsonResult.Error(identities.Merchant, PeerError.OrderExpired(orderId))
            : SignedJsonResult.Json(identities.Merchant, 200, envelope.For(order));
    }

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

    private SignedJsonResult NotFound(string orderId) =>
        SignedJsonResult.Error(identities.Merchant, PeerError.OrderNotFound(orderId));
}
