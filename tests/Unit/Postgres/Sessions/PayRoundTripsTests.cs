using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

/// <summary>
/// Issue 11 P4: a payment's cost is its round trips to the database, so their number is held here (docs/performance.md
/// lists them). Once a merchant's account is open, a pay reads the session, then in one transaction locks and loads it
/// with the paid-elsewhere check, locks the shopper's account, writes in one EF batch, queues the merchant's credit and
/// commits (the credit applies during the commit).
/// </summary>
public sealed class PayRoundTripsTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly FakeTimeProvider Clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));
    private readonly RoundTripLog _log = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<CheckoutDbContext>(options => options.AddInterceptors(_log));

    [Fact]
    public async Task Pay_IntoAnOpenMerchantAccount_TakesSixRoundTrips()
    {
        var first = A.Session().ForOrder("ord_1").Build();
        var second = A.Session().ForOrder("ord_2").Build();
        await StoreAsync(first, second);
        await FundAsync("shopper_1", new Money(2 * 12_50, Usd));
        Assert.True((await PayAsync(first.Id, "shopper_1", Clock)).IsSuccess);
        _log.Clear();

        var paid = await PayAsync(second.Id, "shopper_1", Clock);

        Assert.True(paid.IsSuccess, paid.Error?.Message);
        var trips = _log.Trips;
        var listing = string.Join(Environment.NewLine, trips);
        Assert.True(trips.Count == 6, $"{trips.Count} round trips:{Environment.NewLine}{listing}");
        Assert.StartsWith("SELECT", trips[0], StringComparison.Ordinal);
        Assert.Contains("EXISTS", trips[1], StringComparison.Ordinal);
        Assert.EndsWith("FOR UPDATE", trips[1], StringComparison.Ordinal);
        Assert.EndsWith("FOR UPDATE", trips[2], StringComparison.Ordinal);
        Assert.StartsWith("INSERT INTO account_credits_at_commit", trips[4], StringComparison.Ordinal);
        Assert.Equal("COMMIT", trips[5]);
    }
}
