using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Metadata.Contracts;

/// <summary><c>OCIDMetadata</c> (objects.md §9), nested form with a signed <c>config</c> (gaps.md G2).</summary>
public sealed record MetadataDocument(
    [property: JsonPropertyName("opencharge")] string Opencharge,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("config")] MetadataConfig Config,
    [property: JsonPropertyName("signature")] string Signature);

public sealed record MetadataConfig(
    [property: JsonPropertyName("publicKey")] string PublicKey,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("capabilities")] IReadOnlyList<string> Capabilities,
    [property: JsonPropertyName("settlement")] SettlementTerms Settlement);

public sealed record SettlementTerms(
    [property: JsonPropertyName("currencies")] IReadOnlyList<string> Currencies,
    [property: JsonPropertyName("accepts")] IReadOnlyList<long> Accepts);
