using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Metadata;

namespace OpenCharge.Checkout.Web.Api.Routing;

/// <summary>
/// One endpoint per catalogued capability that no other endpoint serves, answering <c>400 CAPABILITY_NOT_SUPPORTED</c>
/// (errors.md §3). Built from the other data sources on first use, after everything is mapped, so a capability's
/// stand-in disappears the moment its real endpoint is mapped. Stand-ins need no signature: the refusal says no more
/// than our public metadata, and a peer should not make us verify anything to learn it (docs/decisions.md).
/// </summary>
internal sealed class UnservedCapabilityEndpoints(ICollection<EndpointDataSource> appDataSources) : EndpointDataSource
{
    private readonly Lazy<IReadOnlyList<Endpoint>> _endpoints = new(() => Build(appDataSources));

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints.Value;

    public override IChangeToken GetChangeToken() => NullChangeToken.Singleton;

    private static IReadOnlyList<Endpoint> Build(ICollection<EndpointDataSource> appDataSources)
    {
        var mapped = appDataSources.Where(source => source is not UnservedCapabilityEndpoints).SelectMany(source => source.Endpoints).ToArray();
        var served = ServedCapabilities.Among(mapped).ToHashSet();
        return [.. OurCapabilities.Routes.Where(route => !served.Contains(route)).Select(StandIn)];
    }

    private static RouteEndpoint StandIn(CapabilityRoute route) => new(
        context => ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.CapabilityNotSupported(route.Capability)),
        route.Pattern,
        order: 0,
        new EndpointMetadataCollection(new HttpMethodMetadata([route.Method]), new UnservedCapability(route)),
        $"Unserved capability {route.Capability}");
}
