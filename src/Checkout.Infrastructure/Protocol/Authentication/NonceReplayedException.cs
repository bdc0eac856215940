namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// A <see cref="PendingNonce"/> turned out, when written, to be one the caller had already used: the request is a
/// replay and must answer NONCE_REUSED, exactly as if the nonce had been checked before the request ran.
/// </summary>
public sealed class NonceReplayedException() : Exception(RequestAuthenticator.NonceReusedMessage);
