namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// The hex forms of an ECDSA signature, as bytes: we emit 130-hex r‖s‖v (authentication.md §1); peers may also send
/// 128-hex r‖s or DER hex (gaps.md G4). Only the shape is checked here; DER structure, range and low S are the
/// backend's to check.
/// </summary>
internal static class SignatureForms
{
    public const int ScalarLength = Secp256k1Parameters.ScalarLength;
    public const int CompactLength = 2 * ScalarLength;
    public const int RecoverableLength = CompactLength + 1;

    // SEQUENCE of two INTEGERs of at most 33 bytes each (a leading 00 keeps a high bit positive).
    public const int MaxDerLength = 2 + (2 * (2 + ScalarLength + 1));
    private const int MinDerLength = 2 + (2 * (2 + 1));

    /// <summary>The reference writes <c>recid === 0 ? '1b' : '1c'</c>, so ids 2 and 3 (R.x >= n, odds ~2^-128) map to 1c too.</summary>
    public static byte RecoveryByte(int recoveryId) => recoveryId == 0 ? (byte)0x1b : (byte)0x1c;

    /// <summary>
    /// 130-hex r‖s‖v with v in {1b, 1c, 00, 01}, or 128-hex r‖s, as the <see cref="CompactLength"/> bytes r‖s. v is not
    /// checked against the key, as in the reference verifier.
    /// </summary>
    public static bool TryDecodeCompact(string hex, Span<byte> compact)
    {
        if (hex.Length is not (2 * CompactLength or 2 * RecoverableLength))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[hex.Length / 2];
        if (!HexCodec.TryDecode(hex, bytes)
            || (bytes.Length == RecoverableLength && bytes[CompactLength] is not (0x1b or 0x1c or 0x00 or 0x01)))
        {
            return false;
        }
        bytes[..CompactLength].CopyTo(compact);
        return true;
    }

    /// <summary>Hex of a length DER could have, as bytes in <paramref name="der"/> (at least <see cref="MaxDerLength"/>).</summary>
    public static bool TryDecodeDer(string hex, Span<byte> der, out int length)
    {
        length = hex.Length / 2;
        return hex.Length % 2 == 0
            && length is >= MinDerLength and <= MaxDerLength
            && HexCodec.TryDecode(hex, der[..length]);
    }
}
