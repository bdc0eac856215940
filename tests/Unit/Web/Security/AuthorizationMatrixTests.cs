using System.Net;
using System.Reflection;
using System.Text;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;

using OpenCharge.Checkout.Web.Hosting;

namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>
/// Every page (found by reflection) and every endpoint (from the app's endpoint data source) × anonymous, Shopper,
/// Merchant and Admin → allowed or refused exactly as <see cref="AccessTable"/> says.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class AuthorizationMatrixTests(MatrixHost host)
{
    [Fact]
    public void EveryPageAndEndpoint_IsCoveredByTheAccessTable()
    {
        var uncovered = Routes().Where(static route => AccessTable.For(route.Template) is null).Select(static route => route.Template).ToList();

        Assert.True(uncovered.Count == 0, "Routes the access table does not cover (add a row to AccessTable): " + string.Join(", ", uncovered));
    }

    [Fact]
    public void EveryRoutablePage_IsAnEndpoint()
    {
        var endpoints = host.Endpoints.Select(ProbeRoute.TemplateOf).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var pages = PageTemplates().ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page, endpoints));
    }

    [Fact]
    public async Task EveryPageAndEndpoint_AnswersEachCallerAsTheTableSays()
    {
        var mismatches = new StringBuilder();
        var probed = 0;
        foreach (var route in Routes())
        {
            if (AccessTable.For(route.Template) is not { } access || access == RouteAccess.Framework)
            {
                continue;
            }
            foreach (var (caller, client) in host.Callers)
            {
                var outcome = await ProbeAsync(client, route);
                probed++;
                if (!Expected(access, caller).Contains(outcome))
                {
                    mismatches.AppendLine($"{route.Method} {route.Path} as {caller}: {outcome}, expected {string.Join(" or ", Expected(access, caller))} ({access})");
                }
            }
        }

        Assert.True(probed > 100, $"Only {probed} probes: the route discovery found too little.");
        Assert.True(mismatches.Length == 0, mismatches.ToString());
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_KeepsTheSession()
    {
        using var shopper = await host.SignInAsync(MatrixHost.ShopperEmail);

        using var signOut = await shopper.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var wallet = await ProbeAsync(shopper, new ProbeRoute("/wallet", "GET", "/wallet"));

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(ProbeOutcome.Allowed, wallet);
    }

    /// <summary>What each caller may see of a route with <paramref name="access"/>.</summary>
    internal static ProbeOutcome[] Expected(RouteAccess access, string caller)
    {
        var anonymous = caller == MatrixHost.Anonymous;
        return access switch
        {
            // A sandbox peer refuses an unsigned request with the protocol envelope, whoever the browser user is.
            RouteAccess.Public => [ProbeOutcome.Allowed, ProbeOutcome.ProtocolRefusal],
            RouteAccess.SignInStep => [ProbeOutcome.SentToSignIn],
            RouteAccess.SignedIn => anonymous ? [ProbeOutcome.SentToSignIn] : [ProbeOutcome.Allowed],
            RouteAccess.AdminOnly => Gated(caller, "Admin"),
            RouteAccess.MerchantOnly => Gated(caller, "Merchant"),
            RouteAccess.ShopperOnly => Gated(caller, "Shopper"),
            RouteAccess.SignedRequest => [ProbeOutcome.ProtocolRefusal],
            _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
        };
    }

    private static ProbeOutcome[] Gated(string caller, string role) =>
        caller == MatrixHost.Anonymous ? [ProbeOutcome.SentToSignIn, ProbeOutcome.Unauthorized]
        : caller == role ? [ProbeOutcome.Allowed]
        : [ProbeOutcome.Forbidden];

    internal static async Task<ProbeOutcome> ProbeAsync(HttpClient client, ProbeRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        // Forms elsewhere, so that the antiforgery check refuses them before anything (signing out, say) can happen.
        request.Content = route.Method == "GET" ? null
            : route.Path.StartsWith("/opencharge", StringComparison.Ordinal) ? new StringContent("{}", Encoding.UTF8, "application/json")
            : new FormUrlEncodedContent([]);
        using var response = await client.SendAsync(request);
        var location = response.Headers.Location is { } target ? new Uri(client.BaseAddress!, target).AbsolutePath : "";
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location == "/account/login" => ProbeOutcome.SentToSignIn,
            HttpStatusCode.Redirect when location == "/account/denied" => ProbeOutcome.Forbidden,
            HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden
                when body.StartsWith("{\"error\"", StringComparison.Ordinal) => ProbeOutcome.ProtocolRefusal,
            HttpStatusCode.Forbidden => ProbeOutcome.Forbidden,
            HttpStatusCode.Unauthorized => ProbeOutcome.Unauthorized,
            _ when (int)response.StatusCode >= 500 => ProbeOutcome.ServerError,
            _ => ProbeOutcome.Allowed,
        };
    }

    /// <summary>Every route of the app with one method to probe it by and a concrete path.</summary>
    private IEnumerable<ProbeRoute> Routes() => host.Endpoints
        .Select(static endpoint => (Template: ProbeRoute.TemplateOf(endpoint), Methods: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
        .Select(static route => new ProbeRoute(route.Template, route.Methods.Contains("GET") ? "GET" : route.Methods[0], ProbeRoute.Concrete(route.Template)))
        .DistinctBy(static route => (route.Template, route.Method));

    private static IEnumerable<string> PageTemplates() => typeof(CheckoutApp).Assembly.GetTypes()
        .SelectMany(static type => type.GetCustomAttributes<RouteAttribute>())
        .Select(static route => route.Template);
}
