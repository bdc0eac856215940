using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// The fields of a transaction proof (objects.md §5) a receiver checks, beside the proof exactly as received:
/// <see cref="Json"/> is what gets canonicalised for the signature check.
/// </summary>
internal sealed record TransferProof(
    string Txid,
    Ocid Issuer,
    Ocid To,
    string? ToReference,
    string Amount,
    string Currency,
    long Timestamp,
    JsonElement Json);
