using System.Buffers;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>Hex decoding that reports bad input instead of throwing, because peers' keys and signatures are untrusted.</summary>
internal static class HexCodec
{
    /// <summary>True only when <paramref name="hex"/> is exactly the hex of <paramref name="destination"/>'s length (either case).</summary>
    public static bool TryDecode(ReadOnlySpan<char> hex, Span<byte> destination) =>
        hex.Length == 2 * destination.Length
        && Convert.FromHexString(hex, destination, out _, out _) == OperationStatus.Done;
}
