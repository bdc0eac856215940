using System.Security.Cryptography;

using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Utilities;

using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

/// <summary>
/// Independent secp256k1 arithmetic for cross-checking: BouncyCastle's generic X9 curve (not the custom curve
/// the unit under test uses), plain ECDSA verification and SEC1 4.1.6 public-key recovery.
/// </summary>
internal static class Secp256k1Reference
{
    private static readonly X9ECParameters Curve = ECNamedCurveTable.GetByName("secp256k1");

    public static BigInteger N => Curve.N;

    public static (BigInteger R, BigInteger S, byte V) Split(string signature)
    {
        byte[] bytes = Convert.FromHexString(signature);
        return (new BigInteger(1, bytes, 0, 32), new BigInteger(1, bytes, 32, 32), bytes[64]);
    }

    public static string Join(BigInteger r, BigInteger s, byte? v)
    {
        string rs = Convert.ToHexStringLower(BigIntegers.AsUnsignedByteArray(32, r)) + Convert.ToHexStringLower(BigIntegers.AsUnsignedByteArray(32, s));
        return v is null ? rs : rs + v.Value.ToString("x2");
    }

    public static string ToDerHex(BigInteger r, BigInteger s) =>
        Convert.ToHexStringLower(new DerSequence(new DerInteger(r), new DerInteger(s)).GetEncoded());

    public static string Compress(string publicKey) =>
        Convert.ToHexStringLower(Decode(publicKey).GetEncoded(compressed: true));

    /// <summary>ECDSA verification with no low-S rule, to show a signature is valid as mathematics.</summary>
    public static bool IsValidEcdsa(string publicKey, byte[] message, BigInteger r, BigInteger s)
    {
        var verifier = new ECDsaSigner();
        verifier.Init(false, new ECPublicKeyParameters(Decode(publicKey), new ECDomainParameters(Curve)));
        return verifier.VerifySignature(SHA256.HashData(message), r, s);
    }

    /// <summary>SEC1 4.1.6: Q = r⁻¹(sR − eG), with R the point whose x is r and whose y parity is the v bit.</summary>
    public static string RecoverPublicKey(byte[] message, string signature)
    {
        var (r, s, v) = Split(signature);
        int recoveryId = v - 0x1b;
        byte[] encodedR = [(byte)(0x02 | recoveryId), .. BigIntegers.AsUnsignedByteArray(32, r)];
        var pointR = Curve.Curve.DecodePoint(encodedR);
        var e = new BigInteger(1, SHA256.HashData(message));
        var rInverse = r.ModInverse(N);
        var q = ECAlgorithms.SumOfTwoMultiplies(Curve.G, rInverse.Multiply(e).Negate().Mod(N), pointR, rInverse.Multiply(s).Mod(N));
        return Convert.ToHexStringLower(q.Normalize().GetEncoded(false)[1..]);
    }

    private static ECPoint Decode(string publicKey) => Curve.Curve.DecodePoint(Convert.FromHexString("04" + publicKey));
}
