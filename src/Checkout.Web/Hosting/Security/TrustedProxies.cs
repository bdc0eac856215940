using System.Net;

using Microsoft.AspNetCore.HttpOverrides;

namespace OpenCharge.Checkout.Web.Hosting.Security;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the client's address and scheme arrive in <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>. They are believed only from the proxies and networks configured here; with none
/// configured they are ignored, since anyone can send them.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Hosting:ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed now, so a typo stops the app at start instead of silently trusting nobody.
        var proxies = Entries(configuration, "KnownProxies").Select(ParseProxy).ToList();
        var networks = Entries(configuration, "KnownNetworks").Select(ParseNetwork).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Not X-Forwarded-Host: every absolute URL we hand out comes from Opencharge:PublicBaseUrl instead.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback, which would let any local process speak for the whole internet.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static bool AreConfigured(IConfiguration configuration) =>
        Entries(configuration, "KnownProxies").Any() || Entries(configuration, "KnownNetworks").Any();

    /// <summary>Either a list (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or one comma-separated value.</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var values = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(static child => child.Value ?? "");
        return values.Select(static value => value.Trim()).Where(static value => value.Length > 0);
    }

    private static IPAddress ParseProxy(string entry) =>
        IPAddress.TryParse(entry, out var address) ? address : throw Invalid("KnownProxies", entry, "an IP address");

    private static System.Net.IPNetwork ParseNetwork(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network) ? network : throw Invalid("KnownNetworks", entry, "an IP network such as 10.0.0.0/8");

    private static InvalidOperationException Invalid(string key, string entry, string expected) =>
        new($"{Section}:{key} has '{entry}', which is not {expected}.");
}
