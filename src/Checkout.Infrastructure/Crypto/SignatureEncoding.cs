using System.Diagnostics.CodeAnalysis;

using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

using static OpenCharge.Checkout.Infrastructure.Crypto.SignatureForms;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// ECDSA signatures as BouncyCastle scalars, from and to the protocol's forms (<see cref="SignatureForms"/>).
/// Decoding checks shape only; range and low-S checks belong to verification.
/// </summary>
internal static class SignatureEncoding
{
    public static string EncodeRecoverable(BigInteger r, BigInteger s, int recoveryId)
    {
        Span<byte> bytes = stackalloc byte[RecoverableLength];
        BigIntegers.AsUnsignedByteArray(r, bytes[..ScalarLength]);
        BigIntegers.AsUnsignedByteArray(s, bytes[ScalarLength..CompactLength]);
        bytes[CompactLength] = RecoveryByte(recoveryId);
        return Convert.ToHexStringLower(bytes);
    }

    public static bool TryDecodeCompact(string hex, [NotNullWhen(true)] out BigInteger? r, [NotNullWhen(true)] out BigInteger? s)
    {
        r = s = null;
        Span<byte> bytes = stackalloc byte[CompactLength];
        if (!SignatureForms.TryDecodeCompact(hex, bytes))
        {
            return false;
        }

        r = new BigInteger(1, bytes[..ScalarLength]);
        s = new BigInteger(1, bytes[ScalarLength..]);
        return true;
    }

    /// <summary>Strict DER (as libsecp256k1 parses it): minimal lengths, non-negative minimally encoded integers.</summary>
    public static bool TryDecodeDer(string hex, [NotNullWhen(true)] out BigInteger? r, [NotNullWhen(true)] out BigInteger? s)
    {
        r = s = null;
        Span<byte> buffer = stackalloc byte[MaxDerLength];
        if (!SignatureForms.TryDecodeDer(hex, buffer, out var length))
        {
            return false;
        }

        ReadOnlySpan<byte> der = buffer[..length];
        if (der[0] != 0x30 || der[1] != der.Length - 2)
        {
            return false;
        }

        var content = der[2..];
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
