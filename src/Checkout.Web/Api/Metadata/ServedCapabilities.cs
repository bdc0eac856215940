namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>
/// The capabilities whose endpoints are mapped in this process, in catalogue order. Read from the routing table
/// itself, so serving an endpoint is all it takes to advertise it, and nothing unserved is ever advertised.
/// </summary>
public sealed class ServedCapabilities(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<string>> _names = new(() => Among(endpoints.Endpoints).Select(route => route.Capability).ToArray());

    public IReadOnlyList<string> Names => _names.Value;

    public static IEnumerable<CapabilityRoute> Among(IReadOnlyCollection<Endpoint> endpoints) =>
        OurCapabilities.Routes.Where(route => endpoints.Any(route.IsServedBy));
}
