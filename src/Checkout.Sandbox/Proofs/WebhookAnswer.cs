using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// How a sandbox webhook answers a proof: 200 <c>accepted</c> or <c>rejected</c> (<c>TransferWebhookResponse</c>), or
/// an error envelope. <see cref="OrderReference"/> is only for the delivery log.
/// </summary>
public abstract record WebhookAnswer(string? Txid, string? OrderReference)
{
    public sealed record Accepted(string AcceptedTxid, string? Reference) : WebhookAnswer(AcceptedTxid, Reference);

    public sealed record Rejected(string RejectedTxid, string? Reference, string Message) : WebhookAnswer(RejectedTxid, Reference);

    public sealed record Refused(ProofRejection Rejection, string? RefusedTxid, string? Reference) : WebhookAnswer(RefusedTxid, Reference);
}
