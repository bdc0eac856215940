using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Routing;

namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>One route as the matrix probes it: its template, a method it answers, and a path with sample parameter values.</summary>
internal sealed partial record ProbeRoute(string Template, string Method, string Path)
{
    /// <summary>Route parameters filled with values that parse (a GUID where a GUID is required) but name nothing that exists.</summary>
    public static string Concrete(string template) => Parameter().Replace(template, static match =>
        match.Value.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? Guid.Empty.ToString()
        : match.Value.Contains(":int", StringComparison.OrdinalIgnoreCase) || match.Value.Contains(":long", StringComparison.OrdinalIgnoreCase) ? "1"
        : "sample");

    /// <summary>The route template with one leading slash, as pages write it (controllers' templates have none).</summary>
    public static string TemplateOf(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public static IEnumerable<string> Parameters(string template) => Parameter().Matches(template).Select(static match => match.Value);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
