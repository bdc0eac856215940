using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.UnitTests.Postgres.Partners;

/// <summary>The partner and settlement ports and use cases as production wires them, over a fresh migrated database, one DI scope per call.</summary>
public abstract class PartnerDatabaseTest : IAsyncLifetime
{
    private PostgresDatabase? _database;
    private IHost? _host;

    protected static Currency Usd { get; } = Currency.Of("USD");

    private IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The services are built in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Configuration(_database.ConnectionString));
        builder.Services.AddLogging();
        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();
        ConfigureServices(builder.Services);
        _host = builder.Build();
        await _host.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected virtual Dictionary<string, string?> Configuration(string connectionString) => new()
    {
        ["ConnectionStrings:Checkout"] = connectionString,
        ["Opencharge:Ocid"] = "200",
        ["Opencharge:SigningKey"] = "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988",
    };

    protected CheckoutDbContext NewContext() => (_database ?? throw new InvalidOperationException("The database is created in InitializeAsync.")).NewContext();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected static PartnerSettings Settings(long ocid, params HoldingSettings[] holdings) => new(
        new Ocid(ocid), $"Partner {ocid}", PartnerRoles.SettlementProvider, ProofAddressing.MerchantOrder, ["pay.example"], [Usd], holdings);

    protected static HoldingSettings Holding(long balanceMinor, long thresholdMinor) => new(new Money(balanceMinor, Usd), new Money(thresholdMinor, Usd));

    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    protected Task<Result<Partner>> SaveAsync(PartnerSettings settings, bool overwriteMirroredBalances) =>
        InScopeAsync(s => s.GetRequiredService<SavePartner>().ExecuteAsync(settings, overwriteMirroredBalances, CancellationToken.None));

    protected Task<IReadOnlyList<Partner>> ListAsync() =>
        InScopeAsync(s => s.GetRequiredService<IPartners>().ListAsync(CancellationToken.None));
}
