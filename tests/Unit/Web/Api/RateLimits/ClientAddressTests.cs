using System.Net;

using OpenCharge.Checkout.Web.Api.RateLimits;

namespace OpenCharge.Checkout.UnitTests.Web.Api.RateLimits;

public sealed class ClientAddressTests
{
    [Fact]
    public void KeyOf_Ipv4_IsTheAddress()
    {
        Assert.Equal("203.0.113.7", ClientAddress.KeyOf(IPAddress.Parse("203.0.113.7")));
    }

    [Fact]
    public void KeyOf_Ipv4MappedIpv6_IsTheIpv4Address()
    {
        Assert.Equal("203.0.113.7", ClientAddress.KeyOf(IPAddress.Parse("::ffff:203.0.113.7")));
    }

    [Fact]
    public void KeyOf_TwoAddressesInOneIpv6Slash64_IsTheSame()
    {
        var first = ClientAddress.KeyOf(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var second = ClientAddress.KeyOf(IPAddress.Parse("2001:db8:1:2::1"));

        Assert.Equal(first, second);
        Assert.Equal("2001:db8:1:2::/64", first);
    }

    [Fact]
    public void KeyOf_NeighbouringIpv6Slash64s_Differ()
    {
        Assert.NotEqual(ClientAddress.KeyOf(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.KeyOf(IPAddress.Parse("2001:db8:1:3::1")));
    }
}
