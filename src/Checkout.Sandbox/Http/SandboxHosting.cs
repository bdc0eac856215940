using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The sandbox merchant ("Demo Store"), its merchant gateway ("Demo Gateway") and the settlement peers (Demo Bank,
/// Exchange, Switch): Opencharge peers with their own OCIDs, keys, metadata and schema, hosted in this process under
/// <c>/sandbox</c> (docs/sandbox.md).
/// </summary>
internal static class SandboxHosting
{
    /// <summary>Order ids as <see cref="Orders.DemoOrderSigner"/> makes them, so <c>create</c> or <c>status</c> is never read as one.</summary>
    private const string OrderId = "{orderId:regex(^ord_[0-9a-f]{{24}}$)}";

    /// <summary>
    /// Sandbox mode off means the sandbox is absent: no services, and no registry entries, so the Demo Store's and the
    /// Demo Gateway's OCIDs can never shadow real registry entries.
    /// </summary>
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        if (!SandboxMode.From(builder.Configuration, builder.Environment).Enabled)
        {
            return builder;
        }
        builder.Services.AddSandboxServices(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<SandboxMetadata>();
        builder.Services.AddSingleton<SandboxAuthentication>();
        builder.Services.AddSingleton<SandboxWebhookHandler>();
        builder.Services.AddSingleton<SandboxOrderEndpoints>();
        builder.Services.AddSingleton<SettlementPeerEndpoints>();
        builder.Configuration.AddInMemoryCollection(SandboxRegistryEntries.Missing(builder.Configuration));
        builder.Configuration.AddInMemoryCollection(SandboxPartnerEntries.Missing(builder.Configuration));
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (!IsEnabled(app))
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

        app.Use(SandboxStatusEnvelope.WriteAsync);
        var store = app.MapGroup(SandboxPaths.StoreEndpoint).ExcludeFromDescription()
            .AddEndpointFilter(new SandboxErrorFilter(services => services.GetRequiredService<SandboxIdentities>().Merchant));
        store.MapGet("/metadata.json", static (SandboxMetadata metadata, SandboxIdentities identities) =>
            new SignedJsonResult(identities.Merchant, 200, metadata.Store));
        store.MapGet("/inventory", static (SandboxIdentities identities) =>
            SignedJsonResult.Json(identities.Merchant, 200, DemoInventory.For(identities.Merchant.Ocid.Value)));
        store.MapPost("/orders/create", static (HttpContext context, SandboxOrderEndpoints orders) => orders.CreateAsync(context));
        store.MapGet($"/orders/{OrderId}", static (string orderId, SandboxOrderEndpoints orders, CancellationToken cancellationToken) => orders.GetAsync(orderId, cancellationToken));
        store.MapGet($"/orders/{OrderId}/status", static (string orderId, SandboxOrderEndpoints orders, CancellationToken cancellationToken) => orders.GetStatusAsync(orderId, cancellationToken));
        store.MapPost("/transfer/webhook", static (HttpContext context, SandboxWebhookHandler webhook) => webhook.HandleAsync(context, SandboxPeer.Store));

        var gateway = app.MapGroup(SandboxPaths.GatewayEndpoint).ExcludeFromDescription()
            .AddEndpointFilter(new SandboxErrorFilter(services => services.GetRequiredService<SandboxIdentities>().Gateway));
        gateway.MapGet("/metadata.json", static (SandboxMetadata metadata, SandboxIdentities identities) =>
            new SignedJsonResult(identities.Gateway, 200, metadata.Gateway));
        gateway.MapPost("/transfer/webhook", static (HttpContext context, SandboxWebhookHandler webhook) => webhook.HandleAsync(context, SandboxPeer.Gateway));

        foreach (var peer in app.Services.GetRequiredService<SettlementPeerProfiles>().All)
        {
            MapSettlementPeer(app, peer);
        }
        return app;
    }

    /// <summary>A settlement peer's endpoints: only those its metadata lists, so its capabilities stay honest.</summary>
    private static void MapSettlementPeer(WebApplication app, SettlementPeerProfile peer)
    {
        var group = app.MapGroup(peer.BasePath).ExcludeFromDescription()
            .AddEndpointFilter(new SandboxErrorFilter(services => services.GetRequiredService<SandboxIdentities>().Of(peer.Peer)));
        group.MapGet("/metadata.json", (SandboxMetadata metadata, SandboxIdentities identities) =>
            new SignedJsonResult(identities.Of(peer.Peer), 200, metadata.Of(peer)));
        if (peer.Serves(SettlementPeerProfile.TransferCreate))
        {
            group.MapPost("/transfer/create", (HttpContext context, SettlementPeerEndpoints endpoints) => endpoints.TransferAsync(context, peer));
        }
        if (peer.Serves(SettlementPeerProfile.PaymentCreate))
        {
            group.MapPost("/payment/create", (HttpContext context, SettlementPeerEndpoints endpoints) => endpoints.CreatePaymentAsync(context, peer));
        }
        if (peer.Serves(SettlementPeerProfile.PaymentSettle))
        {
            group.MapPost("/payment/settle", (HttpContext context, SettlementPeerEndpoints endpoints) => endpoints.SettleAsync(context, peer));
        }
        if (peer.Serves(SettlementPeerProfile.VerifyTxid))
        {
            group.MapGet("/verify/{txid}", (string txid, SettlementPeerEndpoints endpoints, CancellationToken cancellationToken) =>
                endpoints.VerifyAsync(txid, peer, cancellationToken));
        }
    }

    /// <summary>Migrates the sandbox schema, loads the sandbox keys and seeds the demo accounts, in sandbox mode only.</summary>
    public static async Task PrepareSandboxAsync(this WebApplication app)
    {
        if (IsEnabled(app))
        {
            await app.Services.PrepareSandboxAsync(CancellationToken.None);
        }
    }

    private static bool IsEnabled(WebApplication app) => app.Services.GetRequiredService<SandboxMode>().Enabled;
}
