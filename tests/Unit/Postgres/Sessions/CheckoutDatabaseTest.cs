using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

/// <summary>
/// The checkout use cases wired as production wires them (EF ports, real unit of work) over a fresh migrated database.
/// Each use case runs in its own DI scope with the clock the test hands it, as if in its own process; background
/// services are not started, so nothing runs that the test did not ask for.
/// </summary>
public abstract class CheckoutDatabaseTest : IAsyncLifetime
{
    internal const string SigningKey = "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988";

    private PostgresDatabase? _database;
    private IHost? _host;

    internal PostgresDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    private IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The services are built in InitializeAsync.");

    public virtual async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Checkout"] = _database.ConnectionString,
            ["Opencharge:Ocid"] = "200",
            ["Opencharge:SigningKey"] = SigningKey,
        });
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Services.AddLogging();
        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();
        ConfigureServices(builder.Services);
        _host = builder.Build();
        await _host.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
    }

    /// <summary>Settings a test class adds to the app's configuration (peers to resolve, say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    /// <summary>Lets a test class add what its use cases need beyond the production wiring.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>A DI scope over the production wiring, as one request or job of the app would have.</summary>
    internal AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    public virtual async Task DisposeAsync()
    {
        _host?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    internal async Task StoreAsync(params CheckoutSession[] sessions)
    {
        await using var db = Database.NewContext();
        db.CheckoutSessions.AddRange(sessions);
        await db.SaveChangesAsync();
    }

    internal async Task FundAsync(string shopper, Money amount)
    {
        await using var scope = Services.CreateAsyncScope();
        var topUp = new TopUpSandboxWallet(scope.ServiceProvider.GetRequiredService<IUnitOfWork>(), scope.ServiceProvider.GetRequiredService<ILedger>(), TimeProvider.System);
        Assert.True((await topUp.ExecuteAsync(shopper, amount, CancellationToken.None)).IsSuccess);
    }

    internal async Task<Result<SessionPayment>> PayAsync(SessionId id, string shopper, TimeProvider clock)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var pay = new PaySession(
            services.GetRequiredService<IUnitOfWork>(),
            services.GetRequiredService<ICheckoutSessions>(),
            services.GetRequiredService<ILedger>(),
            services.GetRequiredService<IProofSigner>(),
            services.GetRequiredService<IProofRecords>(),
            services.GetRequiredService<IWebhookOutbox>(),
            services.GetRequiredService<IProtocolSigner>(),
            services.GetRequiredService<ISettlementSagas>(),
            services.GetRequiredService<IQrSessions>(),
            clock);
        return await pay.ExecuteAsync(id, shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="work"/> in its own DI scope, as one request of the app would.</summary>
    internal async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    internal async Task<IReadOnlyList<SessionId>> ExpireAsync(TimeProvider clock)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var expire = new ExpireSessions(services.GetRequiredService<IUnitOfWork>(), services.GetRequiredService<ICheckoutSessions>(), clock);
        return await expire.ExecuteAsync(CancellationToken.None);
    }

    internal async Task<CheckoutSession> ReadAsync(SessionId id)
    {
        await using var db = Database.NewContext();
        return await db.CheckoutSessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    internal async Task<long> BalanceAsync(AccountOwner owner, Currency currency)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ILedger>().BalanceAsync(owner, currency, CancellationToken.None)).Minor;
    }

    internal async Task<int> PaymentsForAsync(SessionId id)
    {
        await using var db = Database.NewContext();
        var reference = id.ToString();
        return await db.LedgerTransactions.CountAsync(t => t.Kind == LedgerTransactionKind.CheckoutPayment && t.Reference == reference);
    }
}
