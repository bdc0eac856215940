using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// <c>POST {sandbox peer endpoint}/transfer/webhook</c>: authenticate the sender against the registry, then let the
/// peer verify the proof, answer in its own name, and log the delivery for the store's pages.
/// </summary>
internal sealed class SandboxWebhookHandler(
    SandboxAuthentication authentication,
    ReceiveTransferProof receiveProof,
    SandboxProofPolicies policies,
    SandboxIdentities identities,
    WebhookLog log)
{
    public async Task<IResult> HandleAsync(HttpContext context, SandboxPeer receiver)
    {
        var (signer, basePath, policy) = receiver == SandboxPeer.Gateway
            ? (identities.Gateway, SandboxPaths.GatewayEndpoint, policies.Gateway)
            : (identities.Merchant, SandboxPaths.StoreEndpoint, policies.Store);
        var cancellationToken = context.RequestAborted;

        var sender = await authentication.AuthenticateAsync(context, basePath);
        if (sender.Error is { } error)
        {
            await log.RecordAsync(receiver, null, null, null, error.Status, error.Code, error.Message, cancellationToken);
            return SignedJsonResult.Error(signer, error);
        }

        var caller = sender.Peer!.Ocid;
        var answer = await receiveProof.HandleAsync(receiver, caller, sender.Request!.Body, policy, cancellationToken);
        var (result, status, outcome, message) = answer switch
        {
            WebhookAnswer.Accepted accepted => (SignedJsonResult.Json(signer, 200, new TransferWebhookResponse("accepted", accepted.AcceptedTxid, null)), 200, "accepted", null),
            WebhookAnswer.Rejected rejected => (SignedJsonResult.Json(signer, 200, new TransferWebhookResponse("rejected", rejected.RejectedTxid, rejected.Message)), 200, "rejected", rejected.Message),
            WebhookAnswer.Refused refused => (SignedJsonResult.Error(signer, PeerError.From(refused.Rejection)), refused.Rejection.Status, refused.Rejection.Code, refused.Rejection.Message),
            _ => throw new InvalidOperationException("Unexpected webhook answer."),
        };
        await log.RecordAsync(receiver, caller.Value, answer.OrderReference, answer.Txid, status, outcome, message, CancellationToken.None);
        return result;
    }
}
