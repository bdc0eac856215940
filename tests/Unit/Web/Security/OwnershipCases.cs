using Microsoft.AspNetCore.Routing;

namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>
/// The merchant routes the ownership test asks as merchant A, found in the app's endpoints. A route parameter named
/// like an OCID is filled with A's, B's or an unheld OCID; a route with any other parameter needs a case written here
/// (how to make merchant B's resource and where to ask for it) before the test passes.
/// </summary>
internal static class OwnershipCases
{
    public sealed record MerchantRoute(string Template, string? OcidParameter, IReadOnlyList<string> OtherParameters)
    {
        public string With(long ocid) => OcidParameter is null ? Template : Template.Replace(OcidParameter, ocid.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The route parameter naming one webhook delivery: asked with merchant B's delivery and with one that does not exist.</summary>
    public const string DeliveryParameter = "{Id:guid}";

    /// <summary>Merchant routes that take their OCID from the query string rather than the path.</summary>
    private static readonly Dictionary<string, string> OcidInQuery = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/merchant/export/statement.csv"] = "?ocid={ocid}&currency=USD",
    };

    public static IEnumerable<MerchantRoute> MerchantRoutes(IEnumerable<RouteEndpoint> endpoints) => endpoints
        .Select(ProbeRoute.TemplateOf)
        .Where(static template => template.Equals("/merchant", StringComparison.OrdinalIgnoreCase) || template.StartsWith("/merchant/", StringComparison.OrdinalIgnoreCase))
        .Distinct(StringComparer.Ordinal)
        .Select(static template =>
        {
            if (OcidInQuery.TryGetValue(template, out var query))
            {
                return new MerchantRoute(template + query, "{ocid}", []);
            }
            var parameters = ProbeRoute.Parameters(template).ToList();
            var ocid = parameters.FirstOrDefault(static parameter => parameter.Contains("ocid", StringComparison.OrdinalIgnoreCase));
            return new MerchantRoute(template, ocid, [.. parameters.Where(parameter => parameter != ocid)]);
        });
}
