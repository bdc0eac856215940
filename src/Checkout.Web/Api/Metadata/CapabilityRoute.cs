using Microsoft.AspNetCore.Routing.Patterns;

using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>A capability and the endpoint that serves it: an HTTP method and a route under <c>/opencharge</c>.</summary>
public sealed record CapabilityRoute(string Capability, string Method, string Route)
{
    public RoutePattern Pattern { get; } = RoutePatternFactory.Parse($"{ProtocolPaths.BasePath}/{Route}");

    /// <summary>
    /// Whether <paramref name="endpoint"/> serves this capability: same method and the same path shape. Parameter names
    /// and constraints are not compared, so a controller may name its id as it likes.
    /// </summary>
    public bool IsServedBy(Endpoint endpoint) =>
        endpoint is RouteEndpoint route
        && route.Metadata.GetMetadata<UnservedCapability>() is null
        && route.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
        && methods.HttpMethods.Contains(Method, StringComparer.OrdinalIgnoreCase)
        && Shape(route.RoutePattern).SequenceEqual(Shape(Pattern), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Shape(RoutePattern pattern) =>
        pattern.PathSegments.Select(segment => segment is { IsSimple: true, Parts: [RoutePatternLiteralPart literal] } ? literal.Content : "{}");
}
