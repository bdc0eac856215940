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
    public void IsPublic_PublicAddress_ReturnsTrue(string address)
    {
        var isPublic = AddressPolicy.IsPublic(IPAddress.Parse(address));

        Assert.True(isPublic);
    }
}
