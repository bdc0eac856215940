namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// The hex forms a public key may arrive in (authentication.md §1: 128 hex, X‖Y without 04; gaps.md G4: 04 + 128 hex,
/// or 66-hex compressed from the registry app's key generator), turned into SEC1 bytes for a backend to decode. Only
/// the shape is checked here; whether the point is on the curve is the backend's to say.
/// </summary>
internal static class PublicKeyForms
{
    public const int CoordinateLength = Secp256k1Parameters.ScalarLength;
    public const int UncompressedLength = 1 + (2 * CoordinateLength);
    public const int CompressedLength = 1 + CoordinateLength;

    /// <summary>Writes the SEC1 encoding into <paramref name="sec1"/> (at least <see cref="UncompressedLength"/> bytes).</summary>
    public static bool TryDecode(string? hex, Span<byte> sec1, out int length)
    {
        length = 0;
        switch (hex?.Length)
        {
            case 2 * 2 * CoordinateLength:
                sec1[0] = 0x04;
                if (!HexCodec.TryDecode(hex, sec1[1..UncompressedLength]))
                {
                    return false;
                }
                length = UncompressedLength;
                return true;
            case 2 * UncompressedLength:
                length = UncompressedLength;
                return HexCodec.TryDecode(hex, sec1[..UncompressedLength]) && sec1[0] == 0x04;
            case 2 * CompressedLength:
                length = CompressedLength;
                return HexCodec.TryDecode(hex, sec1[..CompressedLength]) && sec1[0] is 0x02 or 0x03;
            default:
                return false;
        }
    }
}
