using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// The fields of a received transaction proof (objects.md §5) a receiver checks, beside <see cref="CanonicalBytes"/>:
/// the canonical JSON of the proof exactly as received, which is what its signature covers. Reading the JSON is the
/// edge's job; the rules here see only the parsed fields and those bytes.
/// </summary>
public sealed record TransferProof(
    string Txid,
    Ocid Issuer,
    Ocid To,
    string? ToReference,
    string Amount,
    string Currency,
    long Timestamp,
    byte[] CanonicalBytes)
{
    /// <summary>The sender side, when the proof names one (objects.md §5 requires it; not every issuer sends it).</summary>
    public ProofParty? From { get; init; }

    /// <summary>The proof object's JSON exactly as received, kept in its <see cref="ProofRecord"/>.</summary>
    public string Json { get; init; } = "";
}
