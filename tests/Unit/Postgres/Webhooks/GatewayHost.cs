using System.Threading.Channels;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// One gateway process as production wires it (persistence, protocol, checkout services and the dispatcher), in its
/// own DI container over a shared test database, with a fake clock. Every recorded attempt is queued for the test.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    public const long GatewayOcid = 900;
    private const string SigningKey = "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988";

    private readonly IHost _host;
    private readonly Channel<RecordedAttempt> _recorded = Channel.CreateUnbounded<RecordedAttempt>();

    private GatewayHost(IHost host)
    {
        _host = host;
        Services.GetRequiredService<DeliveryAttemptFeed>().Recorded += attempt => _recorded.Writer.TryWrite(attempt);
    }

    public IServiceProvider Services => _host.Services;

    public DeliveryClaimer Claimer => Services.GetRequiredService<DeliveryClaimer>();

    public static async Task<GatewayHost> StartAsync(
        PostgresDatabase database,
        TimeProvider time,
        IEnumerable<ReceiverPeer> peers,
        bool dispatch = true,
        DispatchSettings? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Checkout"] = database.ConnectionString,
            ["Opencharge:Ocid"] = GatewayOcid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Opencharge:SigningKey"] = SigningKey,
            ["Opencharge:Network:AllowPrivateAddresses"] = "true",
            ["Opencharge:Registry:AllowPlainHttp"] = "true",
        };
        foreach (var peer in peers)
        {
            configuration[$"Opencharge:Registry:Peers:{peer.Ocid}"] = peer.Endpoint;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(settings ?? DispatchSettings.Default);
        // A hanging receiver must hang until the test lets go, not until the production call timeout.
        builder.Services.AddHttpClient(PeerClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        if (!dispatch)
        {
            builder.Services.Remove(builder.Services.Single(s => s.ImplementationType == typeof(WebhookDispatcher)));
        }

        var host = builder.Build();
        await host.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        // Listen before starting: the dispatcher claims as soon as it runs.
        var gateway = new GatewayHost(host);
        await host.StartAsync();
        return gateway;
    }

    /// <summary>Wakes the dispatcher, as a committed payment does.</summary>
    public void Notify() => Services.GetRequiredService<DeliverySignal>().Notify();

    /// <summary>Every attempt this process recorded, in order.</summary>
    public ChannelReader<RecordedAttempt> Recorded => _recorded.Reader;

    public async Task<RecordedAttempt> RecordedForAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var attempt = await _recorded.Reader.ReadAsync(cancellationToken);
            if (attempt.Attempt.DeliveryId == deliveryId)
            {
                return attempt;
            }
        }
    }

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
