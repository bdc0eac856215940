using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

using OpenCharge.Checkout.Web.Api.Metadata;

namespace OpenCharge.Checkout.UnitTests.Web.Api.Metadata;

public sealed class CapabilityRouteTests
{
    private static readonly CapabilityRoute OrderStatus = new("orders.status", "GET", "orders/{orderId:protocolid}/status");

    [Theory]
    [InlineData("/opencharge/orders/{orderId:protocolid}/status")]
    [InlineData("opencharge/orders/{id}/status")]
    [InlineData("/OpenCharge/Orders/{orderId}/Status")]
    public void IsServedBy_SameMethodAndPathShape_IsTrue(string pattern)
    {
        Assert.True(OrderStatus.IsServedBy(Endpoint(pattern, "GET")));
    }

    [Fact]
    public void IsServedBy_OtherMethod_IsFalse()
    {
        Assert.False(OrderStatus.IsServedBy(Endpoint("/opencharge/orders/{orderId}/status", "POST")));
    }

    [Theory]
    [InlineData("/opencharge/orders/{orderId}")]
    [InlineData("/opencharge/orders/create/status")]
    [InlineData("/sandbox/store/opencharge/orders/{orderId}/status")]
    public void IsServedBy_OtherPathShape_IsFalse(string pattern)
    {
        Assert.False(OrderStatus.IsServedBy(Endpoint(pattern, "GET")));
    }

    [Fact]
    public void IsServedBy_StandInForAnUnservedCapability_IsFalse()
    {
        var standIn = Endpoint("/opencharge/orders/{orderId}/status", "GET", new UnservedCapability(OrderStatus));

        Assert.False(OrderStatus.IsServedBy(standIn));
    }

    [Fact]
    public void IsServedBy_EndpointWithoutMethods_IsFalse()
    {
        var anyMethod = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/opencharge/orders/{orderId}/status"), 0, EndpointMetadataCollection.Empty, null);

        Assert.False(OrderStatus.IsServedBy(anyMethod));
    }

    internal static RouteEndpoint Endpoint(string pattern, string method, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection([new HttpMethodMetadata([method]), .. metadata]), pattern);
}
