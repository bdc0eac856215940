using System.Text.Json.Serialization;

using OpenCharge.Checkout.Web.Api.Metadata.Contracts;

namespace OpenCharge.Checkout.Web.Api.Capabilities.Contracts;

/// <summary><c>Capabilities</c> (objects.md §10): top-level, not under <c>config</c>.</summary>
public sealed record CapabilitiesResponse(
    [property: JsonPropertyName("ocid")] long Ocid,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("capabilities")] IReadOnlyList<string> Capabilities,
    [property: JsonPropertyName("settlement")] SettlementTerms Settlement);
