using NetEscapades.AspNetCore.SecurityHeaders.Headers;

using OpenCharge.Checkout.Web.Api;

namespace OpenCharge.Checkout.Web.Hosting.Security;

/// <summary>
/// The security headers on every response (docs/decisions.md, "Browser security"): a strict policy for our pages,
/// a stricter one for the protocol API, and a looser one for the API reference UI, which we do not write ourselves.
/// </summary>
internal static class SecurityHeaderPolicies
{
    public const string ApiReference = "api-reference";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IHostEnvironment environment)
    {
        // HSTS pins the host to HTTPS for a year; on a developer's localhost that would outlive the project.
        var hsts = !environment.IsDevelopment();
        var api = Api(hsts);
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(Pages(hsts))
            .AddPolicy(ApiReference, ApiReferencePage(hsts))
            // By path rather than endpoint metadata: a 404 or 405 under /opencharge has no endpoint, and still answers JSON.
            .SetPolicySelector(context => ProtocolApi.IsProtocolRequest(context.HttpContext) ? api : context.SelectedPolicy);
        return services;
    }

    // Applied as the response starts, so it replaces the weaker frame-ancestors 'self' that interactive server rendering
    // and the X-Frame-Options SAMEORIGIN that antiforgery set earlier: one policy per response.
    private static HeaderPolicyCollection Pages(bool hsts) => Common(hsts)
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        // The library's secure defaults, except the camera: the wallet's scan page reads QR codes with it (same origin only).
        .AddPermissionsPolicy(policy =>
        {
            policy.AddAccelerometer().None();
            policy.AddCamera().Self();
            policy.AddGeolocation().None();
            policy.AddGyroscope().None();
            policy.AddMagnetometer().None();
            policy.AddMicrophone().None();
            policy.AddPayment().None();
            policy.AddUsb().None();
        })
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            // The only inline script is Blazor's import map, which App.razor renders with this response's nonce.
            csp.AddScriptSrc().Self().WithNonce();
            // MudBlazor writes <style> elements (theme) and style attributes from its components at run time; a nonce
            // cannot cover attributes, and naming one would make browsers ignore 'unsafe-inline'.
            csp.AddStyleSrc().Self().UnsafeInline();
            // Merchant icons come from the merchant's metadata, on any HTTPS host.
            csp.AddImgSrc().Self().Data().From("https:");
            csp.AddFontSrc().Self().Data();
            // The Blazor circuit: fetch to /_blazor/negotiate, then a WebSocket, which CSP3 'self' also matches.
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });

    private static HeaderPolicyCollection Api(bool hsts) => Common(hsts)
        .AddReferrerPolicyNoReferrer()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().None();
            csp.AddFrameAncestors().None();
        });

    // Scalar's page boots from an inline module script and styles itself inline; it shows only our OpenAPI document.
    private static HeaderPolicyCollection ApiReferencePage(bool hsts) => Common(hsts)
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().UnsafeInline();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });

    private static HeaderPolicyCollection Common(bool hsts)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny();
        return hsts ? policies.AddStrictTransportSecurityMaxAge(StrictTransportSecurityHeader.OneYearInSeconds) : policies;
    }
}
