namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>How strictly <see cref="ProofEnvelopeReader"/> reads a <c>{proof, signature}</c> pair.</summary>
public enum ProofStrictness
{
    /// <summary>
    /// A <c>/transfer/webhook</c> body: objects.md §5 as written (exact names; <c>from</c> and <c>timestamp</c>
    /// required), lengths capped for storage, and the proof's JSON and sender kept for its record.
    /// </summary>
    Webhook,

    /// <summary>
    /// A hop's answer to a settlement call: names as gaps.md G10 allows, a party as a bare OCID (G34), <c>from</c>
    /// and <c>timestamp</c> optional. The saga checks and keeps only what the signature covers.
    /// </summary>
    HopAnswer,
}
