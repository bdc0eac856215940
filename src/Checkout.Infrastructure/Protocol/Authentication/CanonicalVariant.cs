namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>One canonical string a peer may have signed, and which form of <see cref="SignedRequestVariants"/> it is.</summary>
internal sealed record CanonicalVariant(int Form, string Message);
