using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>Checks a merchant's order signature against the key its OCID publishes (authentication.md §7).</summary>
public interface IOrderSignatures
{
    /// <returns>
    /// The merchant's metadata when <see cref="SignedOrder.Signature"/> verifies over <see cref="SignedOrder.Json"/>;
    /// otherwise <see cref="OrderErrors.UnknownMerchant"/>, <see cref="OrderErrors.MerchantMetadataUnavailable"/> or
    /// <see cref="OrderErrors.InvalidSignature"/>.
    /// </returns>
    Task<Result<PeerMetadata>> VerifyAsync(SignedOrder order, CancellationToken cancellationToken);
}
