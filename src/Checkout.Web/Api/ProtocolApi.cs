using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Web.Api.Checkout;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Metadata;
using OpenCharge.Checkout.Web.Api.Orders;
using OpenCharge.Checkout.Web.Api.RateLimits;
using OpenCharge.Checkout.Web.Api.Routing;
using OpenCharge.Checkout.Web.Api.Signing;
using OpenCharge.Checkout.Web.Api.Transfers;

namespace OpenCharge.Checkout.Web.Api;

/// <summary>The protocol's API controllers and the middleware that wraps everything under <c>/opencharge</c>.</summary>
internal static class ProtocolApi
{
    public static IServiceCollection AddProtocolApi(this IServiceCollection services)
    {
        services.AddSingleton<MetadataPublisher>();
        services.AddSingleton<ServedCapabilities>();
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[ProtocolIdRouteConstraint.Name] = typeof(ProtocolIdRouteConstraint));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Registers what the rate-limiting middleware needs; the limits themselves are per branch (UseProtocolEnvelope, UseProtocolAuthentication).
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotencyFilter>();
        services.AddScoped<CheckoutCreation>();
        services.AddScoped<OrderSessionCreation>();
        services.AddScoped<TransferCreation>();
        services.AddScoped<ProofWebhook>();
        // Protocol endpoints read JSON only. MVC's form value providers would parse any form-typed body, even on a GET,
        // and throw on keys they cannot read: the fuzz run turned that into a 500 on metadata.json.
        services.AddControllers(mvc =>
            {
                mvc.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
                mvc.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                mvc.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
            })
            .AddJsonOptions(json =>
            {
                var wire = CanonicalJson.WireOptions;
                json.JsonSerializerOptions.Encoder = wire.Encoder;
                json.JsonSerializerOptions.DefaultIgnoreCondition = wire.DefaultIgnoreCondition;
                json.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
            })
            .ConfigureApiBehaviorOptions(api =>
            {
                // Framework ProblemDetails never reach a peer: bare statuses get the envelope in ProtocolErrorMiddleware.
                api.SuppressMapClientErrors = true;
                api.InvalidModelStateResponseFactory = context => new ObjectResult(ErrorEnvelope.From(InvalidModel(context)))
                {
                    StatusCode = StatusCodes.Status400BadRequest,
                };
            });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OpenCharge Checkout: Opencharge protocol endpoints";
            document.Info.Version = OurCapabilities.ProtocolVersion;
            document.Info.Description =
                "Payment-gateway endpoints of the Opencharge protocol. Authenticated endpoints need the X-OC-ID, "
                + "X-OC-Timestamp, X-OC-Nonce and X-OC-Signature headers; every response is signed; errors use the "
                + "{\"error\":{\"code\",\"message\"}} envelope.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static bool IsProtocolRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ProtocolPaths.BasePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Signing outermost, then the error envelope, so even a crash is answered with a signed envelope; then the
    /// per-address limit, before a request costs us anything.
    /// </summary>
    public static IApplicationBuilder UseProtocolEnvelope(this IApplicationBuilder app) =>
        app.UseWhen(IsProtocolRequest, branch => branch
            .UseMiddleware<ResponseSigningMiddleware>()
            .UseMiddleware<ProtocolErrorMiddleware>()
            .UseRateLimiterWhenSet(ProtocolRateLimiters.PerAddress(Limits(app))));

    /// <summary>The per-OCID limit counts only callers whose signature verified.</summary>
    public static IApplicationBuilder UseProtocolAuthentication(this IApplicationBuilder app) =>
        app.UseWhen(IsProtocolRequest, branch => branch
            .UseMiddleware<RequestAuthenticationMiddleware>()
            .UseRateLimiterWhenSet(ProtocolRateLimiters.PerOcid(Limits(app))));

    /// <summary>Answers every catalogued capability that nothing else serves with <c>400 CAPABILITY_NOT_SUPPORTED</c>.</summary>
    public static IEndpointRouteBuilder MapUnservedCapabilities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.DataSources.Add(new UnservedCapabilityEndpoints(endpoints.DataSources));
        return endpoints;
    }

    private static RateLimitOptions Limits(IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static IApplicationBuilder UseRateLimiterWhenSet(this IApplicationBuilder app, RateLimiterOptions? options) =>
        options is null ? app : app.UseRateLimiter(options);

    private static ProtocolError InvalidModel(ActionContext context)
    {
        var problems = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .ToDictionary(
                entry => string.IsNullOrEmpty(entry.Key) ? "body" : entry.Key,
                entry => (object?)entry.Value!.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "Invalid value." : e.ErrorMessage).ToArray());
        var malformedJson = context.ModelState.Values.SelectMany(v => v.Errors).Any(e => e.Exception is System.Text.Json.JsonException);
        return ProtocolErrors.InvalidRequest(malformedJson ? "The body is not valid JSON for this endpoint." : "The request fails validation.", problems);
    }
}
