using OpenCharge.Checkout.Infrastructure.Merchants;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Merchants;

public sealed class MerchantAddressTests
{
    private const string Endpoint = "https://api.merchant.com/opencharge";

    [Theory]
    [InlineData("https://api.merchant.com/opencharge/orders/ord_xyz789", "/orders/ord_xyz789")]
    [InlineData("https://API.Merchant.com/opencharge/inventory", "/inventory")]
    [InlineData("https://api.merchant.com:443/opencharge/orders/o1?lane=2", "/orders/o1?lane=2")]
    [InlineData("https://api.merchant.com/opencharge/shop/../orders/o1", "/orders/o1")]
    public void PathUnder_LinkBelowTheEndpoint_ReturnsItsPath(string link, string expected)
    {
        var path = MerchantAddress.PathUnder(Endpoint + "/", new Uri(link));

        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("https://evil.example/opencharge/orders/o1")]
    [InlineData("http://api.merchant.com/opencharge/orders/o1")]
    [InlineData("https://api.merchant.com:8443/opencharge/orders/o1")]
    [InlineData("https://api.merchant.com/opencharged/orders/o1")]
    [InlineData("https://api.merchant.com/other/orders/o1")]
    [InlineData("https://api.merchant.com/opencharge")]
    [InlineData("https://api.merchant.com/opencharge/")]
    [InlineData("https://api.merchant.com/opencharge/orders/..%2F..%2Fadmin")]
    [InlineData("https://api.merchant.com/opencharge/%2e%2e/admin")]
    [InlineData("https://api.merchant.com.evil.example/opencharge/orders/o1")]
    public void PathUnder_LinkElsewhere_ReturnsNull(string link)
    {
        var path = MerchantAddress.PathUnder(Endpoint, new Uri(link));

        Assert.Null(path);
    }
}
