using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using OpenCharge.Checkout.UnitTests.Web.Api.Metadata;
using OpenCharge.Checkout.Web.Api.Metadata;
using OpenCharge.Checkout.Web.Api.Routing;

namespace OpenCharge.Checkout.UnitTests.Web.Api.Routing;

public sealed class UnservedCapabilityEndpointsTests
{
    [Fact]
    public void Endpoints_OneCapabilityServed_StandsInForEveryOtherOne()
    {
        var sources = AppWith(CapabilityRouteTests.Endpoint("/opencharge/checkout/create", "POST"));

        var standIns = new UnservedCapabilityEndpoints(sources).Endpoints;

        Assert.Equal(
            OurCapabilities.Routes.Where(route => route.Capability != OurCapabilities.CheckoutCreate).Select(route => route.Capability),
            standIns.Select(endpoint => endpoint.Metadata.GetRequiredMetadata<UnservedCapability>().Route.Capability));
    }

    [Fact]
    public void Endpoints_EveryCapabilityServed_IsEmpty()
    {
        var sources = AppWith([.. OurCapabilities.Routes.Select(route => CapabilityRouteTests.Endpoint("/opencharge/" + route.Route, route.Method))]);

        Assert.Empty(new UnservedCapabilityEndpoints(sources).Endpoints);
    }

    [Fact]
    public void Endpoints_StandIns_AreNeverCountedAsServed()
    {
        var sources = AppWith();
        var first = new UnservedCapabilityEndpoints(sources);
        sources.Add(first);

        var second = new UnservedCapabilityEndpoints(sources);
        sources.Add(second);

        Assert.Equal(OurCapabilities.Routes.Count, second.Endpoints.Count);
        Assert.Empty(ServedCapabilities.Among([.. first.Endpoints, .. second.Endpoints]));
    }

    [Fact]
    public async Task StandIn_Invoked_Writes400CapabilityNotSupportedEnvelope()
    {
        var standIn = new UnservedCapabilityEndpoints(AppWith()).Endpoints
            .Single(endpoint => endpoint.Metadata.GetRequiredMetadata<UnservedCapability>().Route.Capability == "transfer.webhook");
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await standIn.RequestDelegate!(context);

        Assert.Equal(400, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("CAPABILITY_NOT_SUPPORTED", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("transfer.webhook", body.RootElement.GetProperty("error").GetProperty("details").GetProperty("capability").GetString());
    }

    private static List<EndpointDataSource> AppWith(params Endpoint[] endpoints) => [new DefaultEndpointDataSource(endpoints)];
}
