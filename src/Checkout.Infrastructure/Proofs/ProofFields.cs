using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// How <see cref="ProofEnvelopeReader"/> reaches each field under a <see cref="ProofStrictness"/>: exact names for a
/// webhook body, <see cref="LenientJson"/> (gaps.md G10, G34) for a hop's answer.
/// </summary>
internal readonly record struct ProofFields(ProofStrictness Strictness)
{
    public bool IsStrict => Strictness == ProofStrictness.Webhook;

    public JsonElement? Field(JsonElement element, string name)
    {
        if (!IsStrict)
        {
            return LenientJson.Field(element, name);
        }
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
    }

    /// <summary>A non-empty string.</summary>
    public string? Text(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>A party's OCID: a positive integer, or an object carrying one as <c>ocid</c> (gaps.md G34).</summary>
    public long? OcidOf(JsonElement party) => !IsStrict ? LenientJson.OcidOf(party)?.Value
        : party.ValueKind == JsonValueKind.Object ? PositiveInteger(Field(party, "ocid"))
        : PositiveInteger(party);

    /// <summary>The issuer: a positive integer, which only a hop's answer may also wrap as a party.</summary>
    public long? Issuer(JsonElement proof) => IsStrict ? PositiveInteger(Field(proof, "issuer")) : LenientJson.OcidOf(Field(proof, "issuer"))?.Value;

    /// <summary>A party's <c>reference</c>; a webhook's empty one is kept as sent, a hop's reads as none.</summary>
    public string? ReferenceOf(JsonElement party) => !IsStrict ? Text(party, "reference")
        : Field(party, "reference") is { ValueKind: JsonValueKind.String } reference ? reference.GetString() : null;

    public long? Timestamp(JsonElement proof) =>
        Field(proof, "timestamp") is { ValueKind: JsonValueKind.Number } time && time.TryGetInt64(out var seconds) ? seconds : null;

    private static long? PositiveInteger(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var id) && id > 0 ? id : null;
}
