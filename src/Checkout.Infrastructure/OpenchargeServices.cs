using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Jobs;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;

namespace OpenCharge.Checkout.Infrastructure;

public static class OpenchargeServices
{
    /// <summary>Registry look-ups: authentication.md §6 recommends a 5 s timeout.</summary>
    public static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan PeerCallTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddOpencharge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(OpenchargeOptions.Section);
        services.Configure<OpenchargeOptions>(section);
        var allowPrivate = AllowsPrivateAddresses(configuration, environment);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(SandboxMode.From(configuration, environment));
        services.AddMemoryCache();
        services.AddSingleton<ISecp256k1, NativeSecp256k1>();
        services.AddSingleton<MasterKeyProvider>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<LocalProtocolSigner>();
        services.AddSingleton<IProtocolSigner>(sp => sp.GetRequiredService<LocalProtocolSigner>());

        services.AddSingleton<RegistryResolver>();
        services.AddSingleton<MetadataDocumentReader>();
        services.AddSingleton<IPeerDirectory, RegistryPeerDirectory>();
        services.AddSingleton<INonceStore, PostgresNonceStore>();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<OrderSignatureVerifier>();
        services.AddSingleton<IOrderSignatures, RegistryOrderSignatures>();
        services.AddPeriodicJob<NoncePruner>();

        AddGuardedClient(services, RegistryResolver.HttpClientName, MetadataTimeout, allowPrivate);
        AddGuardedClient(services, RegistryPeerDirectory.HttpClientName, MetadataTimeout, allowPrivate);
        services.AddTransient<RequestSigningHandler>();
        AddGuardedClient(services, PeerClient.HttpClientName, PeerCallTimeout, allowPrivate)
            .AddHttpMessageHandler<RequestSigningHandler>()
            .AddTypedClient<PeerClient>();
        return services;
    }

    /// <summary><c>Opencharge:Network:AllowPrivateAddresses</c>, unset meaning "in Development only".</summary>
    internal static bool AllowsPrivateAddresses(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>($"{OpenchargeOptions.Section}:Network:AllowPrivateAddresses") ?? environment.IsDevelopment();

    /// <summary>An HTTP client behind the SSRF guard; also used by the sandbox peers for their own signed calls.</summary>
    internal static IHttpClientBuilder AddGuardedClient(IServiceCollection services, string name, TimeSpan timeout, bool allowPrivateAddresses) =>
        services.AddHttpClient(name, client => client.Timeout = timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectCallback = GuardedConnectCallback.Create(allowPrivateAddresses),
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
}
