using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OpenCharge.Checkout.Web.Hosting.Security;

/// <summary>What a browser needs from us to be safe on our pages: security headers, hardened cookies, the real scheme behind a proxy.</summary>
internal static class BrowserSecurity
{
    public static IServiceCollection AddBrowserSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services
            .AddTrustedProxies(configuration)
            .AddSecurityHeaders(environment)
            .AddCookieHardening(environment)
            // Kestrel writes its Server header below the middleware; naming the server only helps an attacker pick exploits.
            .Configure<KestrelServerOptions>(static kestrel => kestrel.AddServerHeader = false);

    /// <summary>
    /// First in the pipeline. Forwarded headers come first so that everything after them, HSTS and Secure cookies
    /// included, sees the client's scheme and address; the security headers are registered before anything can
    /// answer, so errors and 404s carry them too.
    /// </summary>
    public static WebApplication UseBrowserSecurity(this WebApplication app)
    {
        if (TrustedProxies.AreConfigured(app.Configuration))
        {
            app.UseForwardedHeaders();
        }
        app.UseSecurityHeaders();
        return app;
    }
}
