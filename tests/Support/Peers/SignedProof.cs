using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>A transaction proof (objects.md §5) with the issuer's signature over its canonical JSON.</summary>
public sealed record SignedProof(JsonObject Proof, string Signature)
{
    public string Txid => (string)Proof["txid"]!;

    public long Issuer => (long)Proof["issuer"]!;

    public long FromOcid => (long)Proof["from"]!["ocid"]!;

    public string? FromReference => (string?)Proof["from"]!["reference"];

    public long ToOcid => (long)Proof["to"]!["ocid"]!;

    public string? ToReference => (string?)Proof["to"]!["reference"];

    public string Amount => (string)Proof["amount"]!;

    public string Currency => (string)Proof["currency"]!;

    /// <summary>The wire envelope <c>{"proof":…,"signature":…}</c>, as webhooks and <c>/payment/settle</c> carry it.</summary>
    public JsonObject ToEnvelope() => new() { ["proof"] = Proof.DeepClone(), ["signature"] = Signature };

    /// <summary>Reads <c>proof</c> and <c>signature</c> from an envelope; null when either is missing or of the wrong kind.</summary>
    public static SignedProof? From(JsonElement envelope) =>
        envelope.ValueKind == JsonValueKind.Object
        && envelope.TryGetProperty("proof", out var proof) && proof.ValueKind == JsonValueKind.Object
        && envelope.TryGetProperty("signature", out var signature) && signature.ValueKind == JsonValueKind.String
            ? new SignedProof(JsonNode.Parse(proof.GetRawText())!.AsObject(), signature.GetString()!)
            : null;
}
