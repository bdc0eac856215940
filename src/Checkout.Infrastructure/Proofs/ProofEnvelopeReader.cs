using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// Parses a <c>TransferWebhookRequest</c>, for our <c>/transfer/webhook</c> and the sandbox peers'. Shape problems are
/// INVALID_PROOF; gaps.md G34's legacy integer <c>from</c>/<c>to</c> are accepted, since the signature covers the JSON
/// as received whatever its shape.
/// </summary>
public static class ProofEnvelopeReader
{
    /// <summary>Peers choose their txids; longer ones than this are refused rather than stored cut.</summary>
    public const int MaxTxidLength = 128;

    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out ProofEnvelope? envelope, [NotNullWhen(false)] out string? problem)
    {
        envelope = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            problem = "The body is not JSON.";
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("proof", out var proof) || proof.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("signature", out var signature) || signature.ValueKind != JsonValueKind.String
            || signature.GetString()!.Length > ProofRecord.MaxSignatureLength)
        {
            problem = "The body must be {\"proof\": {…}, \"signature\": \"…\"} with a signature of at most " + ProofRecord.MaxSignatureLength + " characters.";
            return false;
        }

        problem = Missing(proof);
        if (problem is not null)
        {
            return false;
        }
        var to = proof.GetProperty("to");
        envelope = new ProofEnvelope(
            new TransferProof(
                proof.GetProperty("txid").GetString()!,
                new Ocid(proof.GetProperty("issuer").GetInt64()),
                new Ocid(OcidOf(to)!.Value),
                ReferenceOf(to),
                proof.GetProperty("amount").GetString()!,
                proof.GetProperty("currency").GetString()!,
                proof.GetProperty("timestamp").GetInt64(),
                CanonicalJson.CanonicalBytes(proof))
            {
                From = PartyOf(proof),
                Json = proof.GetRawText(),
            },
            signature.GetString()!);
        return true;
    }

    private static string? Missing(JsonElement proof)
    {
        if (!HasText(proof, "txid") || proof.GetProperty("txid").GetString()!.Length > MaxTxidLength)
        {
            return $"proof.txid is missing, not a string or longer than {MaxTxidLength} characters.";
        }
        if (!proof.TryGetProperty("issuer", out var issuer) || PositiveInteger(issuer) is null)
        {
            return "proof.issuer must be a positive integer OCID.";
        }
        // objects.md §5: from is required; the Demo Gateway copies it into the proof it forwards.
        if (!proof.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object || OcidOf(from) is null)
        {
            return "proof.from.ocid must be a positive integer OCID.";
        }
        if (!proof.TryGetProperty("to", out var to) || OcidOf(to) is null)
        {
            return "proof.to.ocid must be a positive integer OCID.";
        }
        if (!HasText(proof, "amount") || !HasText(proof, "currency"))
        {
            return "proof.amount and proof.currency must be strings.";
        }
        if (!proof.TryGetProperty("timestamp", out var timestamp) || timestamp.ValueKind != JsonValueKind.Number || !timestamp.TryGetInt64(out _))
        {
            return "proof.timestamp must be an integer (Unix seconds).";
        }
        // PostgreSQL text cannot hold U+0000, and these strings are stored in columns of their own.
        string?[] stored = [proof.GetProperty("txid").GetString(), ReferenceOf(to), ReferenceOf(from)];
        return stored.Any(text => text is not null && text.Contains('\0', StringComparison.Ordinal))
            ? "proof.txid, proof.to.reference and proof.from.reference must not contain U+0000."
            : null;
    }

    private static ProofParty? PartyOf(JsonElement proof)
    {
        if (!proof.TryGetProperty("from", out var from) || OcidOf(from) is not { } ocid)
        {
            return null;
        }
        return new ProofParty(new Ocid(ocid), ReferenceOf(from));
    }

    private static string? ReferenceOf(JsonElement party) =>
        party.ValueKind == JsonValueKind.Object && party.TryGetProperty("reference", out var reference) && reference.ValueKind == JsonValueKind.String
            ? reference.GetString()
            : null;

    private static long? OcidOf(JsonElement party) =>
        party.ValueKind == JsonValueKind.Object
            ? party.TryGetProperty("ocid", out var ocid) ? PositiveInteger(ocid) : null
            : PositiveInteger(party);

    private static long? PositiveInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0 ? number : null;

    private static bool HasText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 };
}
