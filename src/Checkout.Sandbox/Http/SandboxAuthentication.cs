using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// authentication.md §5 for a request to a sandbox peer, relative to that peer's own base path. The sender is looked up
/// in the same registry as ours, and the same replay store keeps its nonces.
/// </summary>
internal sealed class SandboxAuthentication(RequestAuthenticator authenticator)
{
    public async Task<SandboxCaller> AuthenticateAsync(HttpContext context, string basePath)
    {
        if (await SandboxRequestReader.ReadAsync(context) is not { } request)
        {
            return new SandboxCaller(null, null, PeerError.PayloadTooLarge);
        }
        var result = await authenticator.AuthenticateAsync(request, basePath, context.RequestAborted);
        return result.Succeeded
            ? new SandboxCaller(result.Caller, request, null)
            : new SandboxCaller(null, request, PeerError.From(result.Failure!.Value, result.Message));
    }
}

/// <summary>The authenticated sender and its request, or the error to answer instead.</summary>
internal sealed record SandboxCaller(PeerMetadata? Peer, SignedRequest? Request, PeerError? Error);
