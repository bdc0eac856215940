using System.Net;
using System.Net.Sockets;

namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>
/// The SSRF guard's rule: outbound protocol calls may reach only public addresses unless private ones are allowed
/// (Development and tests, where peers run on loopback).
/// </summary>
internal static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 ||                                   // "this" network
        b[0] == 10 ||                                  // RFC 1918
        b[0] == 127 ||                                 // loopback
        (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||  // carrier-grade NAT
        (b[0] == 169 && b[1] == 254) ||                // link-local, cloud metadata
        (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||   // RFC 1918
        (b[0] == 192 && b[1] == 168) ||                // RFC 1918
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||     // IETF protocol assignments
        (b[0] == 198 && (b[1] == 18 || b[1] == 19)) || // benchmarking
        b[0] >= 224);                                  // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        var uniqueLocal = (b[0] & 0xfe) == 0xfc;
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || uniqueLocal);
    }
}
