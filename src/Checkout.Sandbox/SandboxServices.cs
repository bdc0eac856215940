using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Gateway;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Pos;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Seeding;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox;

public static class SandboxServices
{
    /// <summary>
    /// The sandbox peers' services and the demo accounts' seeder. The host registers them only in sandbox mode.
    /// </summary>
    public static IServiceCollection AddSandboxServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<SandboxOptions>(configuration.GetSection(SandboxOptions.Section));
        services.PostConfigure<SandboxOptions>(options => options.Enabled = SandboxMode.From(configuration, environment).Enabled);

        var connectionString = configuration.GetConnectionString(PersistenceServices.ConnectionStringName);
        services.AddDbContextFactory<SandboxDbContext>(options => SandboxDbContext.UseSandboxNpgsql(options, connectionString!), ServiceLifetime.Singleton);

        services.AddSingleton<SandboxIdentities>();
        services.AddSingleton<IDemoStoreKey, DemoStoreKey>();
        services.AddSingleton<DemoOrderSigner>();
        services.AddSingleton<CreateDemoOrder>();
        services.AddSingleton<PlaceDemoOrder>();
        services.AddSingleton<DemoOrderEnvelope>();
        services.AddSingleton<PostOrderToWallet>();
        services.AddSingleton<StoreQrCodes>();
        services.AddSingleton<DemoOrderQueries>();
        services.AddSingleton<DemoOrderNotifications>();
        services.AddSingleton<DemoGatewayCheckout>();
        services.AddSingleton<ProofVerifier>();
        services.AddSingleton<IDemoOrderBook, EfDemoOrderBook>();
        services.AddSingleton<SandboxProofPolicies>();
        services.AddSingleton<ReceiveTransferProof>();
        services.AddSingleton(sp => new DemoGatewayProofs(
            () => sp.GetRequiredService<SandboxIdentities>().Gateway,
            new Ocid(sp.GetRequiredService<IOptions<SandboxOptions>>().Value.MerchantOcid),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DemoRoutes>();
        services.AddSingleton<SettlementPeerProfiles>();
        services.AddSingleton(sp => new StoreForwards(
            new Ocid(sp.GetRequiredService<IOptions<SandboxOptions>>().Value.MerchantOcid),
            sp.GetRequiredKeyedService<DeliverySignal>(DemoGatewayForwarder.SignalKey)));
        services.AddSingleton<CreatePeerTransfer>();
        services.AddSingleton<CreatePeerPayment>();
        services.AddSingleton<SettlePeerPayment>();
        services.AddSingleton<VerifyPeerTxid>();
        services.AddSingleton<SeedPeerBooks>();
        services.AddKeyedSingleton<DeliverySignal>(DemoGatewayForwarder.SignalKey);
        services.AddHostedService<DemoGatewayForwarder>();
        services.AddSingleton<WebhookLog>();
        services.Configure<DemoSeedOptions>(configuration.GetSection(DemoSeedOptions.Section));
        services.AddScoped<DemoAccountSeeder>();

        // The outbound calls of each sandbox peer that calls out: same SSRF guard as ours, but signed with its own key.
        foreach (var caller in SandboxHttpClients.Callers)
        {
            OpenchargeServices.AddGuardedClient(
                    services, SandboxHttpClients.NameFor(caller), OpenchargeServices.PeerCallTimeout, OpenchargeServices.AllowsPrivateAddresses(configuration, environment))
                .AddHttpMessageHandler(sp => new RequestSigningHandler(
                    sp.GetRequiredService<SandboxIdentities>().Of(caller),
                    sp.GetRequiredService<IPeerDirectory>(),
                    sp.GetRequiredService<ISecp256k1>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<RequestSigningHandler>>()));
        }
        return services;
    }

    /// <summary>
    /// Creates or updates the sandbox schema, loads (or generates) the sandbox keys, opens the settlement peers' books
    /// and seeds the demo accounts of an empty user table; after the gateway's own migration, whose tables keep the
    /// keys and the users.
    /// </summary>
    public static async Task PrepareSandboxAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await services.GetRequiredService<SandboxIdentities>().InitializeAsync(cancellationToken);
        await services.GetRequiredService<SeedPeerBooks>().ExecuteAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(cancellationToken);
    }
}
