using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Orders.Contracts;

/// <summary>
/// The merchant API's <c>OrderStatusResponse</c> (objects.md §1) plus <c>delivery</c>: <c>needs_attention</c> when the
/// order is paid but its proof was rejected or never taken (docs/decisions.md); absent otherwise.
/// </summary>
public sealed record OrderStatusResponse(
    [property: JsonPropertyName("orderId")] string OrderId,
    [property: JsonPropertyName("status")] string Status)
{
    [JsonPropertyName("paidAt")]
    public long? PaidAt { get; init; }

    [JsonPropertyName("txid")]
    public string? Txid { get; init; }

    [JsonPropertyName("delivery")]
    public string? Delivery { get; init; }
}
