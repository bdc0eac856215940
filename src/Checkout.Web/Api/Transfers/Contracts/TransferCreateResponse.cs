using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Transfers.Contracts;

/// <summary><c>TransferCreateResponse</c> (objects.md §6) with gaps.md G27's additive <c>status</c>; the proof as signed.</summary>
public sealed record TransferCreateResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("proof")] JsonElement Proof,
    [property: JsonPropertyName("signature")] string Signature);
