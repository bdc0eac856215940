using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Sandbox;
using OpenCharge.Checkout.Infrastructure.Sandbox.Identities;
using OpenCharge.Checkout.Infrastructure.Sandbox.Proofs;
using OpenCharge.Checkout.Infrastructure.Sandbox.Webhooks;
using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Sandbox;

/// <summary>
/// <c>POST {sandbox peer endpoint}/transfer/webhook</c>: authenticate the sender against the registry, then let the
/// peer verify the proof, answer in its own name, and log the delivery for the store's pages.
/// </summary>
internal sealed class SandboxWebhookHandler(
    RequestAuthenticator authenticator,
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

        if (await SandboxRequestReader.ReadAsync(context) is not { } request)
        {
            return await RefuseAsync(signer, receiver, null, ProtocolErrors.ForBareStatus(StatusCodes.Status413PayloadTooLarge), cancellationToken);
        }
        var authentication = await authenticator.AuthenticateAsync(request, basePath, cancellationToken);
        if (!authentication.Succeeded)
        {
            return await RefuseAsync(signer, receiver, null, ProtocolErrors.From(authentication.Failure!.Value, authentication.Message), cancellationToken);
        }

        var caller = authentication.Caller!.Ocid;
        var answer = await receiveProof.HandleAsync(receiver, caller, request.Body, policy, cancellationToken);
        var (result, status, outcome, message) = answer switch
        {
            WebhookAnswer.Accepted accepted => (SignedJsonResult.Json(signer, 200, new TransferWebhookResponse("accepted", accepted.AcceptedTxid, null)), 200, "accepted", null),
            WebhookAnswer.Rejected rejected => (SignedJsonResult.Json(signer, 200, new TransferWebhookResponse("rejected", rejected.RejectedTxid, rejected.Message)), 200, "rejected", rejected.Message),
            WebhookAnswer.Refused refused => (SignedJsonResult.Error(signer, ToProtocolError(refused.Rejection)), refused.Rejection.Status, refused.Rejection.Code, refused.Rejection.Message),
            _ => throw new InvalidOperationException("Unexpected webhook answer."),
        };
        await log.RecordAsync(receiver, caller.Value, answer.OrderReference, answer.Txid, status, outcome, message, CancellationToken.None);
        return result;
    }

    private async Task<IResult> RefuseAsync(IProtocolSigner signer, SandboxPeer receiver, long? caller, ProtocolError error, CancellationToken cancellationToken)
    {
        await log.RecordAsync(receiver, caller, null, null, error.Status, error.Code, error.Message, cancellationToken);
        return SignedJsonResult.Error(signer, error);
    }

    private static ProtocolError ToProtocolError(ProofRejection rejection) => new(rejection.Status, rejection.Code, rejection.Message);
}
