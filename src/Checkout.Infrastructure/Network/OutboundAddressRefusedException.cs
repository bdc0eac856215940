namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>An outbound call was aimed at a loopback, private or link-local address while those are not allowed.</summary>
public sealed class OutboundAddressRefusedException(string host)
    : HttpRequestException($"Outbound calls to '{host}' are refused: it resolves only to non-public addresses.");
