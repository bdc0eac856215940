using System.Net;
using System.Net.Sockets;

namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>
/// The SSRF guard's rule: outbound protocol calls may reach only public addresses unless private ones are allowed
/// (Development and tests, where peers run on loopback). An IPv6 address that carries an IPv4 address (mapped,
/// compatible, SIIT-translated, NAT64, 6to4, Teredo) is judged by the IPv4 address it leads to, so
/// <c>::ffff:10.0.0.1</c> or <c>64:ff9b::7f00:1</c> cannot reach what <c>10.0.0.1</c> or <c>127.0.0.1</c> may not.
/// </summary>
internal static class AddressPolicy
{
    public static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
        AddressFamily.InterNetworkV6 => IsPublicV6(address.GetAddressBytes()),
        _ => false,
    };

    private static bool IsPublicV4(ReadOnlySpan<byte> b) => !(
        b[0] == 0 ||                                       // "this" network
        b[0] == 10 ||                                      // RFC 1918
        b[0] == 127 ||                                     // loopback
        (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||      // carrier-grade NAT
        (b[0] == 169 && b[1] == 254) ||                    // link-local, cloud metadata
        (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||       // RFC 1918
        (b[0] == 192 && b[1] == 168) ||                    // RFC 1918
        (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) ||    // IETF protocol assignments, documentation
        (b[0] == 192 && b[1] == 88 && b[2] == 99) ||       // 6to4 relay anycast
        (b[0] == 198 && (b[1] == 18 || b[1] == 19)) ||     // benchmarking
        (b[0] == 198 && b[1] == 51 && b[2] == 100) ||      // documentation
        (b[0] == 203 && b[1] == 0 && b[2] == 113) ||       // documentation
        b[0] >= 224);                                      // multicast, reserved, broadcast

    private static bool IsPublicV6(ReadOnlySpan<byte> b)
    {
        if (EmbeddedV4(b) is { } v4)
        {
            return IsPublicV4(v4);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            // Teredo 2001::/32: the server's address, then the client's with every bit flipped; both must be public.
            Span<byte> client = [(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]];
            return IsPublicV4(b[4..8]) && IsPublicV4(client);
        }
        var globalUnicast = (b[0] & 0xe0) == 0x20;                                  // 2000::/3; the rest is unassigned or special
        return globalUnicast && !(
            (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) ||       // documentation 2001:db8::/32
            (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && (b[3] & 0xf0) == 0x10) || // ORCHID 2001:10::/28, 2001:20::/28
            (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x02 && b[4] == 0 && b[5] == 0) || // benchmarking 2001:2::/48
            (b[0] == 0x3f && (b[1] & 0xf0) == 0xf0));                               // documentation 3fff::/20
    }

    /// <summary>The IPv4 address an IPv6 address stands for, when it stands for one.</summary>
    private static byte[]? EmbeddedV4(ReadOnlySpan<byte> b)
    {
        var firstEightZero = b[..8].IndexOfAnyExcept((byte)0) < 0;
        var mapped = firstEightZero && b[8] == 0 && b[9] == 0 && b[10] == 0xff && b[11] == 0xff;      // ::ffff:a.b.c.d
        var translated = firstEightZero && b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0;  // ::ffff:0:a.b.c.d (SIIT)
        var compatible = b[..12].IndexOfAnyExcept((byte)0) < 0;                                         // ::a.b.c.d, also :: and ::1
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b
            && b[4..12].IndexOfAnyExcept((byte)0) < 0;                                                  // 64:ff9b::/96
        if (mapped || translated || compatible || nat64)
        {
            return b[12..16].ToArray();
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return b[2..6].ToArray();                                                                   // 6to4 2002::/16
        }
        return null;
    }
}
