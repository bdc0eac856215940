using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// A sandbox peer's <c>POST /transfer/webhook</c> after the sender authenticated: verify the proof, match it to an
/// order and mark the order paid. The only way a demo order becomes paid.
/// </summary>
internal sealed class ReceiveTransferProof(ProofVerifier verifier, IDemoOrderBook orders, DemoOrderNotifications notifications, TimeProvider time)
{
    public async Task<WebhookAnswer> HandleAsync(SandboxPeer receiver, Ocid caller, ReadOnlyMemory<byte> body, ProofPolicy policy, CancellationToken cancellationToken)
    {
        if (!ProofEnvelopeReader.TryRead(body, out var envelope, out var problem))
        {
            return new WebhookAnswer.Refused(ProofRejection.InvalidProof(problem), null, null);
        }
        var proof = envelope.Proof;
        if (await verifier.VerifyAsync(envelope, caller, policy, cancellationToken) is { } rejection)
        {
            return new WebhookAnswer.Refused(rejection, proof.Txid, proof.ToReference);
        }

        // gaps.md G25/G26: a redelivery of a proof we already took is answered "accepted" again, whatever changed since.
        if (await orders.HasProofAsync(proof.Issuer, proof.Txid, cancellationToken))
        {
            return new WebhookAnswer.Accepted(proof.Txid, proof.ToReference);
        }
        var order = proof.ToReference is { } reference ? await orders.FindAsync(reference, policy.ReferenceMayBeSession, cancellationToken) : null;
        if (order is null)
        {
            return new WebhookAnswer.Rejected(proof.Txid, proof.ToReference, $"No order '{proof.ToReference}' at this merchant.");
        }
        if (proof.Amount != order.Amount || proof.Currency != order.Currency)
        {
            return new WebhookAnswer.Refused(
                ProofRejection.AmountMismatch($"The proof pays {proof.Amount} {proof.Currency}; order {order.OrderId} is {order.Amount} {order.Currency}."),
                proof.Txid,
                order.OrderId);
        }

        switch (await orders.RecordPaymentAsync(order, envelope, receiver, time.GetUtcNow(), cancellationToken))
        {
            case PaymentRecording.Recorded:
                notifications.Publish(order.OrderId);
                return new WebhookAnswer.Accepted(proof.Txid, order.OrderId);
            case PaymentRecording.Duplicate:
                return new WebhookAnswer.Accepted(proof.Txid, order.OrderId);
            default:
                return new WebhookAnswer.Rejected(proof.Txid, order.OrderId, "Order already paid");
        }
    }
}
