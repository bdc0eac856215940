using System.Diagnostics.CodeAnalysis;

using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// ECDSA signature forms: we emit 130-hex r‖s‖v (authentication.md §1); peers may also send 128-hex r‖s or
/// DER hex (gaps.md G4). Decoding checks shape only; range and low-S checks belong to verification.
/// </summary>
internal static class SignatureEncoding
{
    private const int ScalarLength = Secp256k1Parameters.ScalarLength;
    private const int CompactLength = 2 * ScalarLength;
    private const int RecoverableLength = CompactLength + 1;

    // SEQUENCE of two INTEGERs of at most 33 bytes each (a leading 00 keeps a high bit positive).
    private const int MaxDerLength = 2 + (2 * (2 + ScalarLength + 1));
    private const int MinDerLength = 2 + (2 * (2 + 1));

    public static string EncodeRecoverable(BigInteger r, BigInteger s, int recoveryId)
    {
        Span<byte> bytes = stackalloc byte[RecoverableLength];
        BigIntegers.AsUnsignedByteArray(r, bytes[..ScalarLength]);
        BigIntegers.AsUnsignedByteArray(s, bytes[ScalarLength..CompactLength]);
        // The reference writes `recid === 0 ? '1b' : '1c'`, so ids 2 and 3 (R.x >= n, odds ~2^-128) map to 1c too.
        bytes[CompactLength] = recoveryId == 0 ? (byte)0x1b : (byte)0x1c;
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>130-hex r‖s‖v with v in {1b, 1c, 00, 01}, or 128-hex r‖s. v is not checked against the key, as in the reference verifier.</summary>
    public static bool TryDecodeCompact(string hex, [NotNullWhen(true)] out BigInteger? r, [NotNullWhen(true)] out BigInteger? s)
    {
        r = s = null;
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

        r = new BigInteger(1, bytes[..ScalarLength]);
        s = new BigInteger(1, bytes[ScalarLength..CompactLength]);
        return true;
    }

    /// <summary>Strict DER (as libsecp256k1 parses it): minimal lengths, non-negative minimally encoded integers.</summary>
    public static bool TryDecodeDer(string hex, [NotNullWhen(true)] out BigInteger? r, [NotNullWhen(true)] out BigInteger? s)
    {
        r = s = null;
        if (hex.Length % 2 != 0 || hex.Length < 2 * MinDerLength || hex.Length > 2 * MaxDerLength)
        {
            return false;
        }

        Span<byte> der = stackalloc byte[hex.Length / 2];
        if (!HexCodec.TryDecode(hex, der) || der[0] != 0x30 || der[1] != der.Length - 2)
        {
            return false;
        }

        ReadOnlySpan<byte> content = der[2..];
        return TryReadInteger(ref content, out r) && TryReadInteger(ref content, out s) && content.IsEmpty;
    }

    private static bool TryReadInteger(ref ReadOnlySpan<byte> input, [NotNullWhen(true)] out BigInteger? value)
    {
        value = null;
        if (input.Length < 3 || input[0] != 0x02)
        {
            return false;
        }

        int length = input[1];
        if (length == 0 || length > ScalarLength + 1 || input.Length < 2 + length)
        {
            return false;
        }

        var integer = input.Slice(2, length);
        bool isNegative = (integer[0] & 0x80) != 0;
        bool hasNeedlessZero = integer.Length > 1 && integer[0] == 0 && (integer[1] & 0x80) == 0;
        if (isNegative || hasNeedlessZero)
        {
            return false;
        }

        value = new BigInteger(1, integer);
        input = input[(2 + length)..];
        return true;
    }
}
