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
    private const string GlobalRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    public static IServiceCollection AddProtocolApi(this IServiceCollection services)
    {
        services.AddSingleton<MetadataPublisher>();
        services.AddSingleton<ServedCapabilities>();
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[ProtocolIdRouteConstraint.Name] = typeof(ProtocolIdRouteConstraint));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Registers what the rate-limiting middleware needs; the limits themselves are in the protocol pipeline (UseProtocolApi).
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotencyFilter>();
        // Stateless over the request's scope, so a transient: no entry in the scope's table per create (issue 11).
        services.AddTransient<CheckoutCreation>();
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
    /// Everything under <c>/opencharge</c> takes a pipeline of its own and ends in it: signing outermost, then the error
    /// envelope, so even a crash is answered with a signed envelope; the per-address limit, before a request costs us
    /// anything; routing; the signature check; the per-OCID limit, which counts only callers whose signature verified.
    /// The pages' middleware (cookie policy, sign-in cookie, culture, authorization, antiforgery, error page) has
    /// nothing to do for a peer, and each layer of it was paid on every signed create (issue 11).
    /// </summary>
    /// <remarks>
    /// Built with the rest of the pipeline, once every route is mapped, and routed over the application's own routes:
    /// <c>WebApplication</c> leaves them out of a branch, and the framework's re-executing middleware (exception
    /// handler, status code pages) puts them back the same way.
    /// </remarks>
    public static IApplicationBuilder UseProtocolApi(this IApplicationBuilder app) =>
        app.Use(next =>
        {
            var limits = app.ApplicationServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            var protocol = app.New();
            protocol.Properties[GlobalRouteBuilderKey] = app.Properties.TryGetValue(GlobalRouteBuilderKey, out var routes) && routes is IEndpointRouteBuilder
                ? routes
                : throw new InvalidOperationException("The protocol API routes over the application's endpoints, and this host has none.");
            var pipeline = protocol
                .UseMiddleware<ResponseSigningMiddleware>()
                .UseMiddleware<ProtocolErrorMiddleware>()
                .UseRateLimiterWhenSet(ProtocolRateLimiters.PerAddress(limits))
                .UseRouting()
                .UseMiddleware<RequestAuthenticationMiddleware>()
                .UseRateLimiterWhenSet(ProtocolRateLimiters.PerOcid(limits))
                .UseEndpoints(static _ => { })
                .Build();
            return context => IsProtocolRequest(context) ? pipeline(context) : next(context);
        });

    /// <summary>Answers every catalogued capability that nothing else serves with <c>400 CAPABILITY_NOT_SUPPORTED</c>.</summary>
    public static IEndpointRouteBuilder MapUnservedCapabilities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.DataSources.Add(new UnservedCapabilityEndpoints(endpoints.DataSources));
        return endpoints;
    }

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
