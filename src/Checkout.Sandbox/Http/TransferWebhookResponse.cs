using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary><c>TransferWebhookResponse</c> (objects.md §5): <c>accepted</c> or <c>rejected</c>, with an optional message.</summary>
internal sealed record TransferWebhookResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("message")] string? Message);
