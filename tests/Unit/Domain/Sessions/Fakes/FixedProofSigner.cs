using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

/// <summary>"Signs" every proof with <see cref="Signature"/> and remembers what it signed.</summary>
internal sealed class FixedProofSigner : IProofSigner
{
    public const string Signature = "fixed-signature";

    private readonly List<TransactionProof> _signed = [];

    public IReadOnlyList<TransactionProof> Signed => _signed;

    public SignedProof Sign(TransactionProof proof)
    {
        _signed.Add(proof);
        return new SignedProof(proof, Signature, $$"""{"txid":"{{proof.Txid}}"}""");
    }
}
