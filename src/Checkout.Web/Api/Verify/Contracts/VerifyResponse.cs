using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Verify.Contracts;

/// <summary>objects.md §8: completed carries the proof and signature, pending the payment's terms, the others only the txid.</summary>
public sealed record VerifyResponse([property: JsonPropertyName("status")] string Status)
{
    [JsonPropertyName("txid")]
    public string? Txid { get; init; }

    [JsonPropertyName("proof")]
    public JsonElement? Proof { get; init; }

    [JsonPropertyName("signature")]
    public string? Signature { get; init; }

    [JsonPropertyName("amount")]
    public string? Amount { get; init; }

    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    [JsonPropertyName("createdAt")]
    public long? CreatedAt { get; init; }

    [JsonPropertyName("expiresAt")]
    public long? ExpiresAt { get; init; }
}
