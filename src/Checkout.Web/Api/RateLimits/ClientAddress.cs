using System.Net;
using System.Net.Sockets;

namespace OpenCharge.Checkout.Web.Api.RateLimits;

/// <summary>
/// The partition key of a client address. An IPv6 client is keyed by its /64, the smallest block a provider hands
/// out, so one subscriber cannot get a fresh allowance per address; an IPv4-mapped address counts as its IPv4 one.
/// </summary>
internal static class ClientAddress
{
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            // No socket address (an in-process host): one shared partition, never an unlimited one.
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
