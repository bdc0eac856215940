using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Settlement;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// Routing answers a path or method a sandbox peer does not serve with a bare status. A peer expects the envelope
/// (errors.md) signed by the peer it called, as our own API gives it, so the bare status gets one here.
/// </summary>
internal static class SandboxStatusEnvelope
{
    public static async Task WriteAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Response.HasStarted || context.Response.StatusCode < 400 || Signer(context) is not { } signer)
        {
            return;
        }
        await SignedJsonResult.Error(signer, PeerError.ForBareStatus(context.Response.StatusCode)).ExecuteAsync(context);
    }

    private static IProtocolSigner? Signer(HttpContext context)
    {
        var path = context.Request.Path;
        var identities = context.RequestServices.GetRequiredService<SandboxIdentities>();
        if (path.StartsWithSegments(SandboxPaths.StoreEndpoint, StringComparison.OrdinalIgnoreCase))
        {
            return identities.Merchant;
        }
        if (path.StartsWithSegments(SandboxPaths.GatewayEndpoint, StringComparison.OrdinalIgnoreCase))
        {
            return identities.Gateway;
        }
        return context.RequestServices.GetRequiredService<SettlementPeerProfiles>().All
            .Where(peer => path.StartsWithSegments(peer.BasePath, StringComparison.OrdinalIgnoreCase))
            .Select(peer => identities.Of(peer.Peer))
            .FirstOrDefault();
    }
}
