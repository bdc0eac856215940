namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>Signs our proofs over their canonical JSON (authentication.md §7) with our key.</summary>
public interface IProofSigner
{
    SignedProof Sign(TransactionProof proof);
}
