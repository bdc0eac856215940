namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>
/// A response body passed <see cref="BoundedBody.MaxBytes"/>. It is an <see cref="HttpRequestException"/> so every
/// caller already treats it like an unreachable peer.
/// </summary>
public sealed class ResponseTooLargeException(int maxBytes)
    : HttpRequestException($"The response body is larger than {maxBytes} bytes and was refused.");
