using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// Parses a <c>{proof, signature}</c> pair: a <c>TransferWebhookRequest</c> (ours and the sandbox peers'), or a hop's
/// answer to a settlement call. The caller chooses how strictly (<see cref="ProofStrictness"/>; the field access per
/// choice is in <see cref="ProofFields"/>). Shape problems are INVALID_PROOF. gaps.md G34's integer <c>to</c> is
/// accepted either way, since the signature covers the proof's canonical JSON as received whatever its shape.
/// </summary>
public static class ProofEnvelopeReader
{
    /// <summary>Peers choose their txids; longer ones than this are refused rather than stored cut.</summary>
    public const int MaxTxidLength = 128;

    /// <summary>Reads a webhook body, <see cref="ProofStrictness.Webhook"/>.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out ProofEnvelope? envelope, [NotNullWhen(false)] out string? problem)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            envelope = null;
            problem = "The body is not JSON.";
            return false;
        }
        return TryRead(root, ProofStrictness.Webhook, out envelope, out problem);
    }

    public static bool TryRead(
        JsonElement root, ProofStrictness strictness, [NotNullWhen(true)] out ProofEnvelope? envelope, [NotNullWhen(false)] out string? problem)
    {
        var fields = new ProofFields(strictness);
        envelope = null;
        if (fields.Field(root, "proof") is not { ValueKind: JsonValueKind.Object } proof
            || fields.Field(root, "signature") is not { ValueKind: JsonValueKind.String } signature
            || (fields.IsStrict && signature.GetString()!.Length > ProofRecord.MaxSignatureLength))
        {
            problem = "The body must be {\"proof\": {…}, \"signature\": \"…\"} with a signature of at most " + ProofRecord.MaxSignatureLength + " characters.";
            return false;
        }

        problem = Missing(proof, fields);
        if (problem is not null)
        {
            return false;
        }
        var to = fields.Field(proof, "to")!.Value;
        envelope = new ProofEnvelope(
            new TransferProof(
                fields.Text(proof, "txid")!,
                new Ocid(fields.Issuer(proof)!.Value),
                new Ocid(fields.OcidOf(to)!.Value),
                fields.ReferenceOf(to),
                fields.Text(proof, "amount")!,
                fields.Text(proof, "currency")!,
                fields.Timestamp(proof) ?? 0,
                CanonicalJson.CanonicalBytes(proof))
            {
                From = fields.IsStrict ? PartyOf(proof, fields) : null,
                Json = fields.IsStrict ? proof.GetRawText() : "",
            },
            signature.GetString()!);
        return true;
    }

    private static string? Missing(JsonElement proof, ProofFields fields)
    {
        if (fields.Text(proof, "txid") is not { } txid || (fields.IsStrict && txid.Length > MaxTxidLength))
        {
            return $"proof.txid is missing, not a string or longer than {MaxTxidLength} characters.";
        }
        if (fields.Issuer(proof) is null)
        {
            return "proof.issuer must be a positive integer OCID.";
        }
        // objects.md §5: from is required; the Demo Gateway copies it into the proof it forwards.
        var from = fields.Field(proof, "from");
        if (fields.IsStrict && (from is not { ValueKind: JsonValueKind.Object } || fields.OcidOf(from.Value) is null))
        {
            return "proof.from.ocid must be a positive integer OCID.";
        }
        if (fields.Field(proof, "to") is not { } to || fields.OcidOf(to) is null)
        {
            return "proof.to.ocid must be a positive integer OCID.";
        }
        if (fields.Text(proof, "amount") is null || fields.Text(proof, "currency") is null)
        {
            return "proof.amount and proof.currency must be strings.";
        }
        if (!fields.IsStrict)
        {
            return null;
        }
        if (fields.Timestamp(proof) is null)
        {
            return "proof.timestamp must be an integer (Unix seconds).";
        }
        // PostgreSQL text cannot hold U+0000, and these strings are stored in columns of their own.
        string?[] stored = [txid, fields.ReferenceOf(to), fields.ReferenceOf(from!.Value)];
        return stored.Any(text => text is not null && text.Contains('\0', StringComparison.Ordinal))
            ? "proof.txid, proof.to.reference and proof.from.reference must not contain U+0000."
            : null;
    }

    private static ProofParty? PartyOf(JsonElement proof, ProofFields fields) =>
        fields.Field(proof, "from") is { } from && fields.OcidOf(from) is { } ocid ? new ProofParty(new Ocid(ocid), fields.ReferenceOf(from)) : null;
}
