namespace OpenCharge.Checkout.Domain.Proofs;

public enum ProofRecordDirection
{
    /// <summary>We signed it: a payment or transfer we executed.</summary>
    Issued,

    /// <summary>A peer's proof that reached our <c>/transfer/webhook</c> and passed every check.</summary>
    Received,
}
