using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>The Demo Store's orders as the webhooks see them.</summary>
internal interface IDemoOrderBook
{
    Task<bool> HasProofAsync(Ocid issuer, string txid, CancellationToken cancellationToken);

    /// <summary>The order whose id is <paramref name="reference"/>, or, when allowed, whose checkout session id is.</summary>
    Task<DemoOrderTerms?> FindAsync(string reference, bool matchSessionId, CancellationToken cancellationToken);

    /// <summary>Stores the proof and marks the order paid, atomically; the (issuer, txid) key decides races.</summary>
    Task<PaymentRecording> RecordPaymentAsync(DemoOrderTerms order, ProofEnvelope envelope, SandboxPeer receivedBy, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    /// <summary>
    /// At the Demo Gateway: stores the proof it received and the outbox row carrying its own proof to the store,
    /// atomically. <see cref="PaymentRecording.AlreadyPaid"/> when the order already has a forward.
    /// </summary>
    Task<PaymentRecording> RecordGatewayReceiptAsync(DemoOrderTerms order, ProofEnvelope envelope, SignedProof forward, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}
