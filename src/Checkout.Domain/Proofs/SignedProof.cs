namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>A proof with its signature, and the exact <c>{"proof":…,"signature":…}</c> JSON we deliver.</summary>
public sealed record SignedProof(TransactionProof Proof, string Signature, string EnvelopeJson);
