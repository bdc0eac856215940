namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// A proof with its signature: <see cref="ProofJson"/> is the canonical JSON the signature covers, and
/// <see cref="EnvelopeJson"/> the exact <c>{"proof":…,"signature":…}</c> we deliver.
/// </summary>
public sealed record SignedProof(TransactionProof Proof, string Signature, string ProofJson)
{
    public string EnvelopeJson => Envelope(ProofJson, Signature);

    /// <summary>The webhook body around a proof's JSON, written as is so the signed bytes are sent unchanged.</summary>
    public static string Envelope(string proofJson, string signature) => $"{{\"proof\":{proofJson},\"signature\":\"{signature}\"}}";
}
