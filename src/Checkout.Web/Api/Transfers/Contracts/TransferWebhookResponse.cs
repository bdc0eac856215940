using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Transfers.Contracts;

/// <summary><c>TransferWebhookResponse</c> (objects.md §5): accepted or rejected, with an optional message.</summary>
public sealed record TransferWebhookResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("message")] string? Message = null);
