namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>How a session was paid: who paid, our opaque payment reference and the txid of the proof we signed.</summary>
public sealed record SessionPayment(string PayerUserId, string PaymentReference, string ProofTxid, DateTimeOffset PaidAt)
{
    public const int MaxReferenceLength = 64;
}
