using System.Diagnostics.CodeAnalysis;

using Org.BouncyCastle.Math.EC;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// Public keys as the protocol writes them (authentication.md §1: 128 hex, X‖Y without 04) and as peers may
/// publish them (gaps.md G4: 04 + 128 hex, or 66-hex compressed from the registry app's key generator).
/// </summary>
internal static class PublicKeyEncoding
{
    private const int CoordinateLength = Secp256k1Parameters.ScalarLength;
    private const int UncompressedLength = 1 + (2 * CoordinateLength);
    private const int CompressedLength = 1 + CoordinateLength;

    public static string Encode(ECPoint point)
    {
        Span<byte> encoded = stackalloc byte[UncompressedLength];
        point.Normalize().EncodeTo(false, encoded);
        return Convert.ToHexStringLower(encoded[1..]);
    }

    public static bool TryDecode(string? hex, [NotNullWhen(true)] out ECPoint? point)
    {
        point = null;
        Span<byte> encoded = stackalloc byte[UncompressedLength];
        switch (hex?.Length)
        {
            case 2 * 2 * CoordinateLength:
                encoded[0] = 0x04;
                if (!HexCodec.TryDecode(hex, encoded[1..]))
                {
                    return false;
                }
                break;
            case 2 * UncompressedLength:
                if (!HexCodec.TryDecode(hex, encoded) || encoded[0] != 0x04)
                {
                    return false;
                }
                break;
            case 2 * CompressedLength:
                encoded = encoded[..CompressedLength];
                if (!HexCodec.TryDecode(hex, encoded) || encoded[0] is not (0x02 or 0x03))
                {
                    return false;
                }
                break;
            default:
                return false;
        }

        try
        {
            // Rejects coordinates >= p, points off the curve and x without a square root, by throwing.
            point = Secp256k1Parameters.DomainParameters.Curve.DecodePoint(encoded);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
