using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// A pending payment a sandbox merchant gateway opened with <c>/payment/create</c> (objects.md §7). It completes once,
/// through <see cref="Complete"/>, with the settlement proof that paid it and the gateway's own proof to <see cref="ToOcid"/>.
/// </summary>
internal sealed class PeerPayment
{
    public PeerPayment(SandboxPeer peer, string txid, long caller, string? requestKey, long toOcid, string? proofReference, string amount, string currency, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Peer = peer;
        Txid = txid;
        Caller = caller;
        RequestKey = requestKey;
        ToOcid = toOcid;
        ProofReference = proofReference;
        Amount = amount;
        Currency = currency;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        Status = PeerPaymentStatus.PendingSettlement;
    }

    private PeerPayment()
    {
    }

    public long Id { get; private set; }

    public SandboxPeer Peer { get; private set; }

    public string Txid { get; private set; } = "";

    public long Caller { get; private set; }

    /// <summary>The caller's <c>Idempotency-Key</c>, else its <c>reference</c>: a repeat opens no second payment.</summary>
    public string? RequestKey { get; private set; }

    public long ToOcid { get; private set; }

    /// <summary>The final proof's <c>to.reference</c>: <c>order.id</c>, else the caller's <c>reference</c>.</summary>
    public string? ProofReference { get; private set; }

    public string Amount { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public PeerPaymentStatus Status { get; private set; }

    public long? SettledByIssuer { get; private set; }

    public string? SettledByTxid { get; private set; }

    public string? ProofJson { get; private set; }

    public string? Signature { get; private set; }

    /// <summary>PostgreSQL xmin: two settles racing for one payment, only one completes it.</summary>
    public uint Version { get; private set; }

    public bool IsExpiredAt(DateTimeOffset now) => Status == PeerPaymentStatus.PendingSettlement && now > ExpiresAt;

    public void Complete(TransferProof settlement, SignedProof own)
    {
        if (Status != PeerPaymentStatus.PendingSettlement)
        {
            throw new InvalidOperationException($"Payment {Txid} is already {Status}.");
        }
        Status = PeerPaymentStatus.Completed;
        SettledByIssuer = settlement.Issuer.Value;
        SettledByTxid = settlement.Txid;
        ProofJson = own.ProofJson;
        Signature = own.Signature;
    }
}
