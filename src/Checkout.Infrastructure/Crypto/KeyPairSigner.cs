using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// One Opencharge identity whose private key is already in memory: ours once loaded, and each sandbox peer's, so every
/// identity signs requests, responses, proofs and metadata the same way.
/// </summary>
internal sealed class KeyPairSigner : IProtocolSigner
{
    private readonly byte[] _privateKey;
    private readonly ISecp256k1 _secp256k1;

    public KeyPairSigner(Ocid ocid, byte[] privateKey, ISecp256k1 secp256k1)
    {
        // Deriving the public key also rejects a key outside 1..n-1, so a bad key fails here and not on first use.
        PublicKey = secp256k1.DerivePublicKey(privateKey);
        Ocid = ocid;
        _privateKey = privateKey;
        _secp256k1 = secp256k1;
    }

    public Ocid Ocid { get; }

    public string PublicKey { get; }

    public string Sign(ReadOnlySpan<byte> message) => _secp256k1.Sign(_privateKey, message);
}
