namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>An inbound request as the signature covers it: the four X-OC-* headers, method, request-target and body.</summary>
public sealed record SignedRequest(
    string? Ocid,
    string? Timestamp,
    string? Nonce,
    string? Signature,
    string Method,
    string RequestTarget,
    ReadOnlyMemory<byte> Body);
