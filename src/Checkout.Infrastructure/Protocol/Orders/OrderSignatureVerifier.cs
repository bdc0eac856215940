using System.Text;
using System.Text.Json;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Orders;

/// <summary>
/// Checks a merchant's order signature with the key the registry gives for the merchant's OCID (authentication.md §7).
/// The recursive canonical form is tried first; gaps.md G3's top-level-keys form only as a logged fallback for naive
/// JavaScript signers. An undecodable signature costs no verify; a failure refetches the merchant's metadata once, in
/// case it rotated its key, and verifies again only if the key changed.
/// </summary>
public sealed class OrderSignatureVerifier(IPeerDirectory peers, ISecp256k1 secp256k1, ILogger<OrderSignatureVerifier> logger)
{
    public async Task<OrderVerification> VerifyAsync(Ocid merchant, JsonElement order, string signature, CancellationToken cancellationToken)
    {
        // The lenient form is built only when the strict one fails: a genuine order costs one canonicalisation.
        var strict = Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(order));
        var lenient = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(CanonicalJson.CanonicalizeTopLevelKeys(order)), LazyThreadSafetyMode.None);
        var decodable = secp256k1.CanVerify(signature);
        string? triedKey = null;
        foreach (var refresh in new[] { false, true })
        {
            switch (await peers.FindAsync(merchant, refresh, cancellationToken))
            {
                case PeerLookup.Unknown:
                    return OrderVerification.Failed(OrderVerificationFailure.UnknownMerchant);
                case PeerLookup.Unavailable:
                    return OrderVerification.Failed(OrderVerificationFailure.MerchantMetadataUnavailable);
                case PeerLookup.Found when !decodable:
                    return OrderVerification.Failed(OrderVerificationFailure.InvalidSignature);
                case PeerLookup.Found found when found.Metadata.PublicKey == triedKey:
                    // The refresh brought the key that just failed (or was throttled): verifying again cannot help.
                    break;
                case PeerLookup.Found found when Verifies(found.Metadata, strict, lenient, signature):
                    return OrderVerification.Verified(found.Metadata);
                case PeerLookup.Found found:
                    triedKey = found.Metadata.PublicKey;
                    break;
            }
        }
        return OrderVerification.Failed(OrderVerificationFailure.InvalidSignature);
    }

    private bool Verifies(PeerMetadata merchant, byte[] strict, Lazy<byte[]> lenient, string signature)
    {
        if (secp256k1.VerifyByPeer(merchant, strict, signature))
        {
            return true;
        }
        if (secp256k1.VerifyByPeer(merchant, lenient.Value, signature))
        {
            logger.LogWarning("Merchant {Ocid} signed an order in the top-level-keys form; nested fields are not covered by its signature", merchant.Ocid);
            return true;
        }
        return false;
    }
}
