using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Peers;

/// <summary>Verifies a peer's signature with the key the registry decoded along with its metadata.</summary>
public static class PeerKeyVerification
{
    /// <summary>Verifies with the peer's current key.</summary>
    public static bool VerifyByPeer(this ISecp256k1 secp256k1, PeerMetadata peer, ReadOnlySpan<byte> message, string signature) =>
        secp256k1.VerifyByKey(peer.DecodedPublicKey, peer.PublicKey, message, signature);

    /// <summary>
    /// Verifies with <paramref name="decoded"/> when there is one. Metadata not read by the registry (built by hand) has
    /// none, and neither has a key that does not decode: <paramref name="published"/> is then decoded here, and a
    /// malformed key fails as it always does.
    /// </summary>
    public static bool VerifyByKey(this ISecp256k1 secp256k1, ISecp256k1PublicKey? decoded, string published, ReadOnlySpan<byte> message, string signature) =>
        decoded is not null
            ? secp256k1.Verify(decoded, message, signature)
            : secp256k1.Verify(published, message, signature);
}
