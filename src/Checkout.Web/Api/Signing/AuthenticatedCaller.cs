using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>The verified peer behind a signed request, and the exact body bytes its signature covers.</summary>
public sealed record AuthenticatedCaller(PeerMetadata Peer, ReadOnlyMemory<byte> Body);

public static class AuthenticatedCallerExtensions
{
    public static AuthenticatedCaller Caller(this HttpContext context) =>
        context.Features.Get<AuthenticatedCaller>()
        ?? throw new InvalidOperationException("This endpoint is not marked [SignedRequest], so it has no authenticated caller.");
}
