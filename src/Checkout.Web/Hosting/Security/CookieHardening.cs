using Microsoft.AspNetCore.CookiePolicy;

namespace OpenCharge.Checkout.Web.Hosting.Security;

/// <summary>
/// One floor for every cookie we set (the sign-in cookie, antiforgery and any later one): never readable from script,
/// never sent on cross-site subrequests, and outside Development never sent over plain HTTP.
/// </summary>
internal static class CookieHardening
{
    public static IServiceCollection AddCookieHardening(this IServiceCollection services, IHostEnvironment environment) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            // A minimum: antiforgery keeps its own Strict. Lax, not Strict, for the sign-in cookie, because a merchant
            // sends the shopper to /pay/{id} by a cross-site top-level navigation, and the shopper must arrive signed in.
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            // Development serves http://localhost, where a browser would keep a Secure cookie but a client library would not.
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

    /// <summary>Before anything of our pages can write a cookie; the protocol API, ahead of it, writes none.</summary>
    public static IApplicationBuilder UseCookieHardening(this IApplicationBuilder app) => app.UseCookiePolicy();
}
