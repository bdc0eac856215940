using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

public sealed record AuthenticationResult(PeerMetadata? Caller, AuthenticationFailure? Failure, string Message)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Success(PeerMetadata caller) => new(caller, null, "");

    public static AuthenticationResult Fail(AuthenticationFailure failure, string message) => new(null, failure, message);
}
