using System.Diagnostics.CodeAnalysis;

using Org.BouncyCastle.Math.EC;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>Public keys as BouncyCastle points, from and to the protocol's forms (<see cref="PublicKeyForms"/>).</summary>
internal static class PublicKeyEncoding
{
    public static string Encode(ECPoint point)
    {
        Span<byte> encoded = stackalloc byte[PublicKeyForms.UncompressedLength];
        point.Normalize().EncodeTo(false, encoded);
        return Convert.ToHexStringLower(encoded[1..]);
    }

    public static bool TryDecode(string? hex, [NotNullWhen(true)] out ECPoint? point)
    {
        point = null;
        Span<byte> encoded = stackalloc byte[PublicKeyForms.UncompressedLength];
        if (!PublicKeyForms.TryDecode(hex, encoded, out var length))
        {
            return false;
        }

        try
        {
            // Rejects coordinates >= p, points off the curve and x without a square root, by throwing.
            point = Secp256k1Parameters.DomainParameters.Curve.DecodePoint(encoded[..length]);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
