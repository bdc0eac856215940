using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Payments;

/// <summary>
/// A pending payment a fake merchant gateway opened with <c>/payment/create</c> (objects.md §7). Its final proof
/// pays <see cref="To"/> with <see cref="ProofReference"/> (the order id, or the reference given when <c>to</c> is
/// another gateway in a chain).
/// </summary>
public sealed class GatewayPayment(string txid, long to, string amount, string currency, string? proofReference, DateTimeOffset createdAt, DateTimeOffset expiresAt)
{
    public string Txid { get; } = txid;

    public long To { get; } = to;

    public string Amount { get; } = amount;

    public string Currency { get; } = currency;

    public string? ProofReference { get; } = proofReference;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool IsCompleted => GatewayProof is not null;

    /// <summary>The provider's proof that settled it.</summary>
    public SignedProof? SettlementProof { get; private set; }

    /// <summary>The gateway's own (genuine) proof to <see cref="To"/>.</summary>
    public SignedProof? GatewayProof { get; private set; }

    /// <summary>What <c>/payment/settle</c> answered; differs from <see cref="GatewayProof"/> only under a proof fault.</summary>
    public SignedProof? AnsweredProof { get; private set; }

    internal void Complete(SignedProof settlement, SignedProof genuine, SignedProof answered)
    {
        SettlementProof = settlement;
        GatewayProof = genuine;
        AnsweredProof = answered;
    }
}
