using System.Net;

using OpenCharge.Checkout.Infrastructure.Network;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Network;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("192.0.2.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("::")]
    [InlineData("2001:db8::1")]
    [InlineData("3fff::1")]
    [InlineData("100::1")]
    [InlineData("ff02::1")]
    [InlineData("fec0::1")]
    public void IsPublic_LoopbackPrivateOrLinkLocal_ReturnsFalse(string address)
    {
        var isPublic = AddressPolicy.IsPublic(IPAddress.Parse(address));

        Assert.False(isPublic);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void IsPublic_PublicAddress_ReturnsTrue(string address)
    {
        var isPublic = AddressPolicy.IsPublic(IPAddress.Parse(address));

        Assert.True(isPublic);
    }

    [Theory]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:0:127.0.0.1")]
    [InlineData("::ffff:0:10.1.1.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::10.0.0.1")]
    [InlineData("::192.168.0.1")]
    [InlineData("64:ff9b::127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("64:ff9b::10.0.0.1")]
    [InlineData("64:ff9b:1::8.8.8.8")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2002:a00:1::")]
    [InlineData("2002:c0a8:101::1")]
    [InlineData("2002:a9fe:a9fe::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")]
    [InlineData("2001:0:a00:1::1")]
    [InlineData("2001:0:808:808:0:0:f5ff:fffe")]
    public void IsPublic_IPv6CarryingNonPublicIPv4_ReturnsFalse(string address)
    {
        var isPublic = AddressPolicy.IsPublic(IPAddress.Parse(address));

        Assert.False(isPublic);
    }
}
