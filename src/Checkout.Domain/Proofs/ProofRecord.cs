using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// A proof we issued or received, kept for good: the JSON exactly as signed or received with its signature, so
/// <c>/verify/{txid}</c>, order status and the back office answer from it long after the outbox row is gone.
/// (<see cref="Issuer"/>, <see cref="Txid"/>) is unique (gaps.md G26): inserting the record is what makes crediting a
/// received proof happen once.
/// </summary>
public sealed class ProofRecord
{
    public const int MaxReferenceLength = 128;
    public const int MaxSignatureLength = 512;

    private ProofRecord()
    {
    }

    public Guid Id { get; private set; }

    public Ocid Issuer { get; private set; }

    public string Txid { get; private set; } = "";

    public ProofRecordDirection Direction { get; private set; }

    /// <summary>The proof object's JSON: canonical as we signed it, or byte for byte as the issuer sent it.</summary>
    public string ProofJson { get; private set; } = "";

    public string Signature { get; private set; } = "";

    public Ocid? FromOcid { get; private set; }

    public string? FromReference { get; private set; }

    public Ocid ToOcid { get; private set; }

    public string? ToReference { get; private set; }

    /// <summary>Verbatim strings, as the signature covers them (gaps.md G16).</summary>
    public string Amount { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who delivered a received proof (its issuer, as the webhook requires).</summary>
    public Ocid? SenderOcid { get; private set; }

    /// <summary>The checkout session an issued proof pays, when it pays one.</summary>
    public SessionId? SessionId { get; private set; }

    public static ProofRecord Issued(SignedProof signed, SessionId? session, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Issuer = signed.Proof.Issuer,
        Txid = signed.Proof.Txid,
        Direction = ProofRecordDirection.Issued,
        ProofJson = signed.ProofJson,
        Signature = signed.Signature,
        FromOcid = signed.Proof.From.Ocid,
        FromReference = signed.Proof.From.Reference,
        ToOcid = signed.Proof.To.Ocid,
        ToReference = signed.Proof.To.Reference,
        Amount = signed.Proof.Amount,
        Currency = signed.Proof.Currency,
        CreatedAt = now,
        SessionId = session,
    };

    public static ProofRecord Received(ProofEnvelope envelope, Ocid sender, DateTimeOffset now)
    {
        var proof = envelope.Proof;
        return new ProofRecord
        {
            Id = Guid.CreateVersion7(),
            Issuer = proof.Issuer,
            Txid = proof.Txid,
            Direction = ProofRecordDirection.Received,
            // A proof read off the wire keeps its bytes; one built in code has only its canonical form, which its signature covers.
            ProofJson = proof.Json.Length > 0 ? proof.Json : System.Text.Encoding.UTF8.GetString(proof.CanonicalBytes),
            Signature = envelope.Signature,
            FromOcid = proof.From?.Ocid,
            FromReference = Clip(proof.From?.Reference),
            ToOcid = proof.To,
            ToReference = Clip(proof.ToReference),
            Amount = proof.Amount,
            Currency = proof.Currency,
            CreatedAt = now,
            SenderOcid = sender,
        };
    }

    /// <summary>The envelope we answer and deliver: <c>{"proof":…,"signature":…}</c> with the proof as recorded.</summary>
    public string EnvelopeJson => SignedProof.Envelope(ProofJson, Signature);

    // A peer's reference is kept whole in ProofJson; the column copies only serve look-ups.
    private static string? Clip(string? reference) => reference is { Length: > MaxReferenceLength } ? reference[..MaxReferenceLength] : reference;
}
