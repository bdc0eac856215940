namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>The webhook body <c>{ proof, signature }</c>.</summary>
internal sealed record ProofEnvelope(TransferProof Proof, string Signature);
