using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// Reads the <c>{proof, signature}</c> pair out of a hop's answer. Lenient in shape (gaps.md G34: <c>to</c> may be a bare
/// OCID), strict in what the signature covers: the canonical form of the proof exactly as received.
/// </summary>
internal static class HopProofReader
{
    public static ProofEnvelope? Read(JsonElement answer)
    {
        if (Field(answer, "proof") is not { ValueKind: JsonValueKind.Object } proof
            || Field(answer, "signature") is not { ValueKind: JsonValueKind.String } signature
            || Text(proof, "txid") is not { } txid
            || OcidOf(Field(proof, "issuer")) is not { } issuer
            || Field(proof, "to") is not { } to || OcidOf(to) is not { } recipient
            || Text(proof, "amount") is not { } amount
            || Text(proof, "currency") is not { } currency)
        {
            return null;
        }
        var timestamp = Field(proof, "timestamp") is { ValueKind: JsonValueKind.Number } time && time.TryGetInt64(out var seconds) ? seconds : 0;
        var reference = to.ValueKind == JsonValueKind.Object ? Text(to, "reference") : null;
        return new ProofEnvelope(
            new TransferProof(txid, issuer, recipient, reference, amount, currency, timestamp, CanonicalJson.CanonicalBytes(proof)),
            signature.GetString()!);
    }

    /// <summary>An OCID as an integer, or an object carrying one as <c>ocid</c> (gaps.md G34).</summary>
    public static Ocid? OcidOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var id) && id > 0 => new Ocid(id),
        { ValueKind: JsonValueKind.Object } party => OcidOf(Field(party, "ocid")),
        _ => null,
    };

    /// <summary>gaps.md G10: names compared case-insensitively, snake_case accepted for camelCase.</summary>
    public static JsonElement? Field(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var snake = string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || property.Name.Equals(snake, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    public static string? Text(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
