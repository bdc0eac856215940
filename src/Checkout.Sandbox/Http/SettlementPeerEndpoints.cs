using System.Text;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Settlement;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The endpoints of a sandbox settlement peer (endpoints.md C2–C4, C6): authenticate the caller against the registry
/// relative to the peer's own base path, read the body, run the use case, answer signed with the peer's key.
/// </summary>
internal sealed class SettlementPeerEndpoints(
    SandboxAuthentication authentication,
    SandboxIdentities identities,
    CreatePeerTransfer transfers,
    CreatePeerPayment payments,
    SettlePeerPayment settlements,
    VerifyPeerTxid verification)
{
    public async Task<IResult> TransferAsync(HttpContext context, SettlementPeerProfile peer)
    {
        var sender = await authentication.AuthenticateAsync(context, peer.BasePath);
        if (sender.Error is { } error)
        {
            return Answer(peer, error);
        }
        var (request, invalid) = TransferCreateRequest.Read(sender.Request!.Body);
        return Answer(peer, request is null
            ? invalid!
            : await transfers.ExecuteAsync(peer, identities.Of(peer.Peer), sender.Peer!.Ocid, request, IdempotencyKey(context), context.RequestAborted));
    }

    public async Task<IResult> CreatePaymentAsync(HttpContext context, SettlementPeerProfile peer)
    {
        var sender = await authentication.AuthenticateAsync(context, peer.BasePath);
        if (sender.Error is { } error)
        {
            return Answer(peer, error);
        }
        var (request, invalid) = PaymentCreateRequest.Read(sender.Request!.Body);
        return Answer(peer, request is null
            ? invalid!
            : await payments.ExecuteAsync(peer, sender.Peer!.Ocid, request, IdempotencyKey(context), context.RequestAborted));
    }

    public async Task<IResult> SettleAsync(HttpContext context, SettlementPeerProfile peer)
    {
        var sender = await authentication.AuthenticateAsync(context, peer.BasePath);
        if (sender.Error is { } error)
        {
            return Answer(peer, error);
        }
        var body = sender.Request!.Body;
        if (SettleTxid.Read(body) is not { } txid)
        {
            return Answer(peer, PeerError.InvalidRequest("txid (the payment's), proof and signature are required."));
        }
        if (!ProofEnvelopeReader.TryRead(body, out var envelope, out var problem))
        {
            return Answer(peer, PeerError.From(ProofRejection.InvalidProof(problem)));
        }
        return Answer(peer, await settlements.ExecuteAsync(peer, identities.Of(peer.Peer), txid, envelope, context.RequestAborted));
    }

    /// <summary>Public, as the merchant-gateway OpenAPI lists it (endpoints.md C6); answered signed all the same.</summary>
    public async Task<IResult> VerifyAsync(string txid, SettlementPeerProfile peer, CancellationToken cancellationToken) =>
        Answer(peer, await verification.ExecuteAsync(peer, txid, cancellationToken));

    private SignedJsonResult Answer(SettlementPeerProfile peer, PeerOutcome outcome)
    {
        var signer = identities.Of(peer.Peer);
        return outcome.Error is { } error
            ? SignedJsonResult.Error(signer, error)
            : new SignedJsonResult(signer, 200, Encoding.UTF8.GetBytes(outcome.Json!));
    }

    private static string? IdempotencyKey(HttpContext context) =>
        context.Request.Headers[PeerClient.IdempotencyKeyHeader].FirstOrDefault() is { Length: > 0 } key ? key : null;
}
