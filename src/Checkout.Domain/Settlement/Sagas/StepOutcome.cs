namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// What one remote call came to, after its answer was checked: done (with the remote txid and, for transfers and
/// settlements, the verified proof), refused for good, or unknown. <see cref="Request"/> is the body we sent.
/// </summary>
public abstract record StepOutcome(string Request, int? HttpStatus)
{
    public sealed record Succeeded(string Request, int? HttpStatus, string RemoteTxid, StoredProof? Proof) : StepOutcome(Request, HttpStatus)
    {
        /// <summary>The verified proof as received, kept among every proof we hold (<see cref="Proofs.IProofRecords"/>).</summary>
        public Proofs.ProofEnvelope? Envelope { get; init; }
    }

    public sealed record Refused(string Request, int? HttpStatus, string Reason) : StepOutcome(Request, HttpStatus);

    public sealed record Unanswered(string Request, int? HttpStatus, string Reason) : StepOutcome(Request, HttpStatus);
}
