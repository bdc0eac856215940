using OpenCharge.Checkout.Infrastructure.Sandbox.Identities;
using OpenCharge.Checkout.Infrastructure.Sandbox.Orders;
using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Sandbox;

/// <summary>
/// The Demo Store's <c>GET /orders/{orderId}/status</c> (endpoints.md B4): public, like the merchant OpenAPI shows it
/// (gaps.md G24). "paid" only ever comes from a stored, verified proof.
/// </summary>
internal static class SandboxOrderStatusEndpoint
{
    public static async Task<IResult> GetAsync(string orderId, DemoOrderQueries orders, SandboxIdentities identities, TimeProvider time, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null)
        {
            return SignedJsonResult.Error(identities.Merchant, new ProtocolError(404, "ORDER_NOT_FOUND", $"No order '{orderId}' at this merchant."));
        }

        var status = order.Payment is not null ? "paid"
            : time.GetUtcNow() >= order.CreatedAt + DemoOrderSigner.Lifetime ? "expired"
            : "pending";
        return SignedJsonResult.Json(identities.Merchant, 200, new OrderStatusResponse(order.Id, status, order.Payment?.ReceivedAt.ToUnixTimeSeconds(), order.Payment?.Txid));
    }
}
