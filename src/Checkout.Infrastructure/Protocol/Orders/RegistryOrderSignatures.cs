using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Orders;

/// <summary>The Domain's order-signature port over <see cref="OrderSignatureVerifier"/> and the registry.</summary>
internal sealed class RegistryOrderSignatures(OrderSignatureVerifier verifier) : IOrderSignatures
{
    public async Task<Result<PeerMetadata>> VerifyAsync(SignedOrder order, CancellationToken cancellationToken)
    {
        var verification = await verifier.VerifyAsync(order, cancellationToken);
        return verification switch
        {
            { Merchant: { } merchant } => merchant,
            { Failure: OrderVerificationFailure.UnknownMerchant } => OrderErrors.UnknownMerchant(order.MerchantOcid),
            { Failure: OrderVerificationFailure.MerchantMetadataUnavailable } => OrderErrors.MerchantMetadataUnavailable(order.MerchantOcid),
            _ => OrderErrors.InvalidSignature(order.MerchantOcid),
        };
    }
}
