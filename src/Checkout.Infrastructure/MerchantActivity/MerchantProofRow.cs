using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>A proof we issued or received that pays, or is paid by, one of the merchant's OCIDs.</summary>
public sealed record MerchantProofRow(
    string Txid,
    Ocid Issuer,
    ProofRecordDirection Direction,
    Ocid? From,
    Ocid To,
    string? ToReference,
    string Amount,
    string Currency,
    DateTimeOffset CreatedAt);
