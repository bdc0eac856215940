using System.Globalization;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>
/// The gateway as production wires it (persistence, protocol, checkout use cases, the dispatcher and the
/// LISTEN/NOTIFY listener) in this process, over the bench's database, resolving each receiver by OCID.
/// </summary>
internal sealed class OutboxGateway : IAsyncDisposable
{
    public const long Ocid = 9800;
    // A fixed key: the receivers do not check who sends them proofs, only that they arrive.
    private const string SigningKey = "2a3b4c5d6e7f80912a3b4c5d6e7f80912a3b4c5d6e7f80912a3b4c5d6e7f8091";

    private readonly IHost _host;

    private OutboxGateway(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Builds the gateway and migrates the database; <see cref="StartAsync"/> then starts its background services.</summary>
    public static async Task<OutboxGateway> CreateAsync(string connectionString, IReadOnlyDictionary<long, string> receivers)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Checkout"] = connectionString,
            ["Opencharge:Ocid"] = Ocid.ToString(CultureInfo.InvariantCulture),
            ["Opencharge:SigningKey"] = SigningKey,
            ["Opencharge:Network:AllowPrivateAddresses"] = "true",
            ["Opencharge:Registry:AllowPlainHttp"] = "true",
        };
        foreach (var (ocid, endpoint) in receivers)
        {
            configuration[$"Opencharge:Registry:Peers:{ocid}"] = endpoint;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();

        var host = builder.Build();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CheckoutDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        await host.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        return new OutboxGateway(host);
    }

    public Task StartAsync() => _host.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
