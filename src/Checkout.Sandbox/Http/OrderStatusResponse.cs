using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary><c>OrderStatusResponse</c> of the merchant API (objects.md §1, "Order status").</summary>
internal sealed record OrderStatusResponse(
    [property: JsonPropertyName("orderId")] string OrderId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("paidAt")] long? PaidAt,
    [property: JsonPropertyName("txid")] string? Txid);
