using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// A sandbox peer's <c>POST /transfer/webhook</c> after the sender authenticated: verify the proof and match it to an
/// order. At the Demo Store a proof marks the order paid, the only way a demo order becomes paid; at the Demo
/// Gateway it is credited and the gateway owes the store its own proof, sent from the outbox.
/// </summary>
internal sealed class ReceiveTransferProof(
    ProofVerifier verifier,
    IDemoOrderBook orders,
    DemoGatewayProofs gatewayProofs,
    [FromKeyedServices(DemoGatewayForwarder.SignalKey)] DeliverySignal forwards,
    DemoOrderNotifications notifications,
    TimeProvider time)
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
        if (receiver == SandboxPeer.Store && !order.Accepts.Contains(proof.Issuer.Value))
        {
            return new WebhookAnswer.Refused(
                ProofRejection.IssuerNotAccepted($"Order {order.OrderId} accepts proofs from OCID {string.Join(", ", order.Accepts)} only, not from OCID {proof.Issuer}."),
                proof.Txid,
                order.OrderId);
        }
        if (proof.Amount != order.Amount || proof.Currency != order.Currency)
        {
            return new WebhookAnswer.Refused(
                ProofRejection.AmountMismatch($"The proof pays {proof.Amount} {proof.Currency}; order {order.OrderId} is {order.Amount} {order.Currency}."),
                proof.Txid,
                order.OrderId);
        }

        if (receiver == SandboxPeer.Gateway && !order.Accepts.Contains(gatewayProofs.Issuer.Value))
        {
            // gaps.md G19: paid directly, the merchant has its proof already and the gateway is only told. It owes
            // the store nothing, and the store would refuse a proof from an issuer its order does not accept.
            return new WebhookAnswer.Accepted(proof.Txid, order.OrderId);
        }
        var recording = receiver == SandboxPeer.Gateway
            ? await orders.RecordGatewayReceiptAsync(order, envelope, gatewayProofs.IssueFor(proof, order), time.GetUtcNow(), cancellationToken)
            : await orders.RecordPaymentAsync(order, envelope, receiver, time.GetUtcNow(), cancellationToken);
        switch (recording)
        {
            case PaymentRecording.Recorded:
                if (receiver == SandboxPeer.Gateway)
                {
                    forwards.Notify();
                }
                notifications.Publish(order.OrderId);
                return new WebhookAnswer.Accepted(proof.Txid, order.OrderId);
            case PaymentRecording.Duplicate:
                return new WebhookAnswer.Accepted(proof.Txid, order.OrderId);
            default:
                return new WebhookAnswer.Rejected(proof.Txid, order.OrderId, "Order already paid");
        }
    }
}
