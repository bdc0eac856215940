using System.Globalization;
using System.Numerics;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// Malleated copies of a valid 130-hex signature (r‖s‖v): the same (r, s) in other encodings, and the high-S twin
/// (r, n − s) with v flipped, which verifies under plain ECDSA but which we refuse like libsecp256k1.
/// Shared with the E2E project as a linked file.
/// </summary>
public static class SignatureTwins
{
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public static string HighS(string signature)
    {
        var s = Scalar(signature[64..128]);
        var v = signature[128..] == "1b" ? "1c" : "1b";
        return signature[..64] + Hex(N - s) + v;
    }

    /// <summary>The DER encoding of a 130-hex signature's (r, s), as @noble/secp256k1 v1 emits it (gaps.md G4).</summary>
    public static string Der(string signature) => DerOf(Scalar(signature[..64]), Scalar(signature[64..128]));

    public static string HighSDer(string signature) => DerOf(Scalar(signature[..64]), N - Scalar(signature[64..128]));

    private static string DerOf(BigInteger r, BigInteger s)
    {
        var ri = Integer(r);
        var si = Integer(s);
        return "30" + (ri.Length / 2 + si.Length / 2).ToString("x2", CultureInfo.InvariantCulture) + ri + si;
    }

    private static string Integer(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var hex = ((bytes[0] & 0x80) != 0 ? "00" : "") + Convert.ToHexStringLower(bytes);
        return "02" + (hex.Length / 2).ToString("x2", CultureInfo.InvariantCulture) + hex;
    }

    private static BigInteger Scalar(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Hex(BigInteger value) => Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');
}
