namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// Proofs we are waiting for, by the <c>to.reference</c> they will carry: a remote settlement whose hop answered late
/// may still deliver its proof to our <c>/transfer/webhook</c>. The webhook asks every registered source, checks the
/// proof against what is awaited (issuer, amount, currency) and hands it over exactly once.
/// </summary>
public interface IAwaitedProofs
{
    /// <summary>What a pending settlement expects under this reference, or null when nothing of ours awaits it.</summary>
    Task<AwaitedProof?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the verified proof to the settlement that awaits it, inside the webhook's unit of work; true when it was
    /// taken (a duplicate or a proof for a settlement already finished is not).
    /// </summary>
    Task<bool> AcceptAsync(AwaitedProof awaited, Proofs.ProofEnvelope proof, CancellationToken cancellationToken);
}

/// <summary>The proof a pending settlement expects: from whom, and the exact amount and currency strings (gaps.md G16).</summary>
public sealed record AwaitedProof(string Reference, Common.Ocid Issuer, string Amount, string Currency);
