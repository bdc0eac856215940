using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// A signed receipt of a completed transfer (objects.md §5). Amount and currency are strings copied verbatim from the
/// order, because receivers compare them as exact strings.
/// </summary>
public sealed record TransactionProof(
    string Txid,
    Ocid Issuer,
    ProofParty From,
    ProofParty To,
    string Amount,
    string Currency,
    DateTimeOffset Timestamp)
{
    public const int MaxTxidLength = 64;

    public string? Memo { get; init; }

    public static string NewTxid() => "octx_" + Guid.CreateVersion7().ToString("N");
}
