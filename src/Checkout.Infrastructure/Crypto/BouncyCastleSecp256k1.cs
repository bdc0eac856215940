using System.Security.Cryptography;

using OpenCharge.Checkout.Domain.Signing;

using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

using static OpenCharge.Checkout.Infrastructure.Crypto.Secp256k1Parameters;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// secp256k1 ECDSA that reproduces libsecp256k1 (the reference SDK's npm <c>secp256k1</c>) byte for byte:
/// RFC 6979 k, low S, v from the recovery id. Verification is as strict as libsecp256k1's about S
/// (docs/decisions.md) and lenient about encodings (gaps.md G4).
/// </summary>
internal sealed class BouncyCastleSecp256k1 : ISecp256k1
{
    public string DerivePublicKey(ReadOnlySpan<byte> privateKey)
    {
        var d = ToPrivateScalar(privateKey);
        return PublicKeyEncoding.Encode(BaseMultiplier.Multiply(DomainParameters.G, d));
    }

    public string Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message)
    {
        var d = ToPrivateScalar(privateKey);
        byte[] digest = SHA256.HashData(message);
        var n = DomainParameters.N;
        var e = new BigInteger(1, digest);
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(n, d, digest);

        // ECDsaSigner.GenerateSignature's loop, written out because it hides R, and R gives the recovery id for
        // free; recovering the key by trial (SEC1 4.1.6) would cost as much as a second verification.
        while (true)
        {
            var k = kCalculator.NextK();
            var point = BaseMultiplier.Multiply(DomainParameters.G, k).Normalize();
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(n);
            if (r.SignValue == 0)
            {
                continue;
            }

            var s = BigIntegers.ModOddInverse(n, k).Multiply(e.Add(d.Multiply(r))).Mod(n);
            if (s.SignValue == 0)
            {
                continue;
            }

            int recoveryId = (point.AffineYCoord.TestBitZero() ? 1 : 0) | (x.CompareTo(n) >= 0 ? 2 : 0);
            if (s.CompareTo(HalfN) > 0)
            {
                // n - s is the signature for -k, whose point -R has the opposite y parity.
                s = n.Subtract(s);
                recoveryId ^= 1;
            }

            return SignatureEncoding.EncodeRecoverable(r, s, recoveryId);
        }
    }

    public bool Verify(string publicKey, ReadOnlySpan<byte> message, string signature) =>
        DecodePublicKey(publicKey) is { } key && Verify(key, message, signature);

    public ISecp256k1PublicKey? DecodePublicKey(string publicKey) =>
        PublicKeyEncoding.TryDecode(publicKey, out var q)
            ? new BouncyCastlePublicKey(publicKey, new ECPublicKeyParameters(q, DomainParameters))
            : null;

    public bool Verify(ISecp256k1PublicKey publicKey, ReadOnlySpan<byte> message, string signature)
    {
        if (publicKey is not BouncyCastlePublicKey key)
        {
            throw new ArgumentException("The key was decoded by another secp256k1 backend.", nameof(publicKey));
        }
        if (signature is null)
        {
            return false;
        }

        byte[] digest = SHA256.HashData(message);
        // DER is tried first because a DER signature can be 64 or 65 bytes long, whereas a compact one that
        // also parses as strict DER needs several exact length bytes to line up by chance.
        return (SignatureEncoding.TryDecodeDer(signature, out var r, out var s) && VerifyScalars(key.Parameters, digest, r, s))
            || (SignatureEncoding.TryDecodeCompact(signature, out r, out s) && VerifyScalars(key.Parameters, digest, r, s));
    }

    public bool CanVerify(string signature) =>
        signature is not null
        && ((SignatureEncoding.TryDecodeDer(signature, out var r, out var s) && InRange(r, s))
            || (SignatureEncoding.TryDecodeCompact(signature, out r, out s) && InRange(r, s)));

    // Strict like libsecp256k1's ecdsa_verify, which the reference verifier uses: n - s is a malleated copy of a valid
    // signature and no conforming signer emits it (docs/decisions.md, gaps.md G4).
    private static bool InRange(BigInteger r, BigInteger s) =>
        r.SignValue > 0 && r.CompareTo(DomainParameters.N) < 0 && s.SignValue > 0 && s.CompareTo(HalfN) <= 0;

    private static bool VerifyScalars(ECPublicKeyParameters key, byte[] digest, BigInteger r, BigInteger s)
    {
        if (!InRange(r, s))
        {
            return false;
        }

        var verifier = new ECDsaSigner();
        verifier.Init(false, key);
        return verifier.VerifySignature(digest, r, s);
    }

    private static BigInteger ToPrivateScalar(ReadOnlySpan<byte> privateKey)
    {
        // Our own key being invalid is a configuration bug, not a peer's bad input, so it throws.
        if (privateKey.Length != ScalarLength)
        {
            throw new ArgumentException($"A secp256k1 private key is {ScalarLength} bytes.", nameof(privateKey));
        }

        var d = new BigInteger(1, privateKey);
        if (d.SignValue == 0 || d.CompareTo(DomainParameters.N) >= 0)
        {
            throw new ArgumentException("A secp256k1 private key must be in 1..n-1.", nameof(privateKey));
        }
        return d;
    }
}
