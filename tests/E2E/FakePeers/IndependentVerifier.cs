using System.Security.Cryptography;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// Verifies Opencharge signatures with OpenSSL's secp256k1 (through System.Security.Cryptography), a library that
/// shares no code with the gateway's signer (native libsecp256k1), as an independent peer would.
/// </summary>
public static class IndependentVerifier
{
    private static readonly ECCurve Secp256k1 = ECCurve.CreateFromValue("1.3.132.0.10");

    public static bool Verify(string publicKey128Hex, byte[] message, string signature130Hex)
    {
        var key = Convert.FromHexString(publicKey128Hex);
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = Secp256k1,
            Q = new ECPoint { X = key[..32], Y = key[32..] },
        });
        var rs = Convert.FromHexString(signature130Hex[..128]);
        return ecdsa.VerifyHash(SHA256.HashData(message), rs, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
