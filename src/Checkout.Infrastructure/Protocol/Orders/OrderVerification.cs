using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Orders;

public enum OrderVerificationFailure
{
    UnknownMerchant,
    MerchantMetadataUnavailable,
    InvalidSignature,
}

/// <summary>The merchant whose key verified the order, or why the order's signature could not be trusted.</summary>
public sealed record OrderVerification(PeerMetadata? Merchant, OrderVerificationFailure? Failure)
{
    public static OrderVerification Verified(PeerMetadata merchant) => new(merchant, null);

    public static OrderVerification Failed(OrderVerificationFailure failure) => new(null, failure);
}
