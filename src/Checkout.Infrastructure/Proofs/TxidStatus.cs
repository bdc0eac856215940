using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>What <c>/verify/{txid}</c> says about a txid of ours (objects.md §8).</summary>
public abstract record TxidStatus
{
    private TxidStatus()
    {
    }

    public sealed record Completed(ProofRecord Record) : TxidStatus;

    /// <summary>The txid is reserved for a payment whose proof is not signed yet.</summary>
    public sealed record Pending(string Txid, string Amount, string Currency, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt) : TxidStatus;

    /// <summary><c>expired</c> or <c>failed</c>: no proof will ever be signed under this txid.</summary>
    public sealed record Closed(string Txid, string Status) : TxidStatus;
}
