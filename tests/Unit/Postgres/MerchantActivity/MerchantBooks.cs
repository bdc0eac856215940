using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.MerchantActivity;

/// <summary>
/// A migrated database where shoppers pay merchants directly through the real PaySession (session, ledger entries,
/// proof record and outbox rows in one transaction), and portal users claim merchant OCIDs. Shared by a test class:
/// each test uses merchant OCIDs of its own. A clock that moves a minute per payment orders everything.
/// </summary>
public sealed class MerchantBooks : CheckoutDatabaseTest
{
    public static readonly Currency Usd = Currency.Of("USD");

    private readonly FakePeerDirectory _directory = new();
    private int _orders;

    public FakeTimeProvider Clock { get; } = new(CheckoutSessionBuilder.DefaultNow);

    internal FakePeerDirectory Directory => _directory;

    /// <summary>One of the app's singletons; the scope it is taken from is disposed at once.</summary>
    internal T Resolve<T>()
        where T : notnull
    {
        using var scope = NewScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>A portal user holding claims on <paramref name="ocids"/>; returns the user id.</summary>
    internal async Task<string> MerchantUserAsync(params long[] ocids)
    {
        var user = new ApplicationUser { UserName = $"merchant-{Guid.NewGuid():N}@example.test" };
        await using var db = Database.NewContext();
        db.Users.Add(user);
        db.MerchantClaims.AddRange(ocids.Select(o => MerchantClaim.Prove(new Ocid(o), user.Id, Clock.GetUtcNow())));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A shopper pays a new order of <paramref name="merchant"/> (12.50 USD), settled directly.</summary>
    internal async Task<CheckoutSession> PayAsync(long merchant)
    {
        var shopper = "shopper-" + Guid.NewGuid().ToString("N");
        await FundAsync(shopper, new Money(100_00, Usd));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var session = A.Session().ForMerchant(merchant).ForOrder($"ord_{Interlocked.Increment(ref _orders)}")
            .OpenedAt(Clock.GetUtcNow()).ExpiringIn(TimeSpan.FromDays(1)).Build();
        await StoreAsync(session);
        Assert.True((await PayAsync(session.Id, shopper, Clock)).IsSuccess);
        return await ReadAsync(session.Id);
    }

    internal async Task<T> ReadAsync<T>(Func<CheckoutDbContext, Task<T>> read)
    {
        await using var db = Database.NewContext();
        return await read(db);
    }

    internal Task<List<AuditEvent>> AuditAsync(string subject) =>
        ReadAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).ToListAsync());

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPeerDirectory>(_directory);
        services.AddSingleton<TimeProvider>(Clock);
    }
}
