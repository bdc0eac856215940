using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>How our <c>/transfer/webhook</c> answers a proof (endpoints.md A6).</summary>
public abstract record IncomingProofOutcome
{
    private IncomingProofOutcome()
    {
    }

    /// <summary>200 <c>accepted</c>: taken now, taken before (a duplicate), or recorded with nothing to credit.</summary>
    public sealed record Accepted(string Txid) : IncomingProofOutcome;

    /// <summary>200 <c>rejected</c>: a valid proof we will not take; the sender keeps the funds.</summary>
    public sealed record Rejected(string Txid, string Message) : IncomingProofOutcome;

    /// <summary>An error envelope: the proof failed a check.</summary>
    public sealed record Refused(ProofRejection Rejection) : IncomingProofOutcome;
}
