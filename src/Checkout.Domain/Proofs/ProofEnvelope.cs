namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>The webhook body <c>{ proof, signature }</c>.</summary>
public sealed record ProofEnvelope(TransferProof Proof, string Signature);
