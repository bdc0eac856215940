using System.Text;
using System.Text.Json;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
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
    public Task<OrderVerification> VerifyAsync(Ocid merchant, JsonElement order, string signature, CancellationToken cancellationToken) =>
        VerifyAsync(merchant, CanonicalJson.CanonicalBytes(order), order.GetRawText(), signature, cancellationToken);

    /// <summary>
    /// A read order, over the canonical bytes its reader kept: its text (SignedOrder.Json, as received) is parsed only
    /// when the reader kept none, or for the lenient fallback.
    /// </summary>
    public Task<OrderVerification> VerifyAsync(SignedOrder order, CancellationToken cancellationToken) =>
        VerifyAsync(order.MerchantOcid, order.CanonicalBytes ?? Parsed(order.Json, CanonicalJson.CanonicalBytes), order.Json, order.Signature, cancellationToken);

    private async Task<OrderVerification> VerifyAsync(Ocid merchant, byte[] canonical, string orderJson, string signature, CancellationToken cancellationToken)
    {
        var decodable = secp256k1.CanVerify(signature);
        string? triedKey = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            switch (await peers.FindAsync(merchant, refresh: attempt > 0, cancellationToken))
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
                case PeerLookup.Found found when Verifies(found.Metadata, canonical, orderJson, signature):
                    return OrderVerification.Verified(found.Metadata);
                case PeerLookup.Found found:
                    triedKey = found.Metadata.PublicKey;
                    break;
            }
        }
        return OrderVerification.Failed(OrderVerificationFailure.InvalidSignature);
    }

    /// <summary>The lenient form is built only when the strict one fails: a genuine order costs one canonicalisation.</summary>
    private bool Verifies(PeerMetadata merchant, byte[] canonical, string orderJson, string signature)
    {
        if (secp256k1.VerifyByPeer(merchant, canonical, signature))
        {
            return true;
        }
        if (secp256k1.VerifyByPeer(merchant, Parsed(orderJson, TopLevelKeysForm), signature))
        {
            logger.LogWarning("Merchant {Ocid} signed an order in the top-level-keys form; nested fields are not covered by its signature", merchant.Ocid);
            return true;
        }
        return false;
    }

    private static byte[] TopLevelKeysForm(JsonElement order) => Encoding.UTF8.GetBytes(CanonicalJson.CanonicalizeTopLevelKeys(order));

    private static byte[] Parsed(string orderJson, Func<JsonElement, byte[]> form)
    {
        using var document = JsonDocument.Parse(orderJson);
        return form(document.RootElement);
    }
}
