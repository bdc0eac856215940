using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The sandbox merchant ("Demo Store") and its merchant gateway ("Demo Gateway"): two Opencharge peers with their own
/// OCIDs, keys, metadata and schema, hosted in this process under <c>/sandbox</c> (docs/sandbox.md).
/// </summary>
internal static class SandboxHosting
{
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddSandboxServices(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<SandboxMetadata>();
        builder.Services.AddSingleton<SandboxAuthentication>();
        builder.Services.AddSingleton<SandboxWebhookHandler>();
        builder.Services.AddSingleton<SandboxOrderEndpoints>();
        if (SandboxServices.IsSandboxEnabled(builder.Configuration, builder.Environment))
        {
            builder.Configuration.AddInMemoryCollection(SandboxRegistryEntries.Missing(builder.Configuration));
        }
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (!SandboxServices.IsSandboxEnabled(app.Configuration, app.Environment))
        {
            // The store's pages are routable components; with the sandbox off, nothing under /sandbox answers.
            app.Use((context, next) =>
            {
                if (!context.Request.Path.StartsWithSegments(SandboxPaths.Root, StringComparison.OrdinalIgnoreCase))
                {
                    return next(context);
                }
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            return app;
        }

        var store = app.MapGroup(SandboxPaths.StoreEndpoint).ExcludeFromDescription()
            .AddEndpointFilter(new SandboxErrorFilter(services => services.GetRequiredService<SandboxIdentities>().Merchant));
        store.MapGet("/metadata.json", static (SandboxMetadata metadata, SandboxIdentities identities) =>
            new SignedJsonResult(identities.Merchant, 200, metadata.Store));
        store.MapPost("/orders/create", static (HttpContext context, SandboxOrderEndpoints orders) => orders.CreateAsync(context));
        store.MapGet("/orders/{orderId}", static (string orderId, SandboxOrderEndpoints orders, CancellationToken cancellationToken) => orders.GetAsync(orderId, cancellationToken));
        store.MapGet("/orders/{orderId}/status", static (string orderId, SandboxOrderEndpoints orders, CancellationToken cancellationToken) => orders.GetStatusAsync(orderId, cancellationToken));
        store.MapPost("/transfer/webhook", static (HttpContext context, SandboxWebhookHandler webhook) => webhook.HandleAsync(context, SandboxPeer.Store));

        var gateway = app.MapGroup(SandboxPaths.GatewayEndpoint).ExcludeFromDescription()
            .AddEndpointFilter(new SandboxErrorFilter(services => services.GetRequiredService<SandboxIdentities>().Gateway));
        gateway.MapGet("/metadata.json", static (SandboxMetadata metadata, SandboxIdentities identities) =>
            new SignedJsonResult(identities.Gateway, 200, metadata.Gateway));
        gateway.MapPost("/transfer/webhook", static (HttpContext context, SandboxWebhookHandler webhook) => webhook.HandleAsync(context, SandboxPeer.Gateway));
        return app;
    }

    /// <summary>Migrates the sandbox schema and loads the sandbox keys; after the gateway's own migration, whose table keeps the keys.</summary>
    public static async Task PrepareSandboxAsync(this WebApplication app)
    {
        if (SandboxServices.IsSandboxEnabled(app.Configuration, app.Environment))
        {
            await app.Services.PrepareSandboxAsync(CancellationToken.None);
        }
    }
}
