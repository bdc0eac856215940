using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;
using OpenCharge.Checkout.Infrastructure.Observability;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Dashboard;

/// <summary>The figures the dashboard and the metrics share, after a payment made by the real use case.</summary>
public sealed class OperationsFiguresTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");
    private readonly FakeTimeProvider _clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddOperationsFigures();
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task Totals_AfterOnePayment_CountTheSessionAndItsVolumeInItsCurrency()
    {
        await PayOneAsync();

        var totals = await InScopeAsync(services => services.GetRequiredService<OperationsFigures>().TotalsAsync(CancellationToken.None));

        Assert.Equal([new CurrencyPayments("USD", 1, 12_50)], totals.Payments);
    }

    [Fact]
    public async Task DailyPayments_AfterOnePayment_PutItOnThePaymentDay()
    {
        await PayOneAsync();
        var day = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

        var daily = await InScopeAsync(services => services.GetRequiredService<OperationsFigures>().DailyPaymentsAsync(day.AddDays(-1), CancellationToken.None));
        var outcomes = await InScopeAsync(services => services.GetRequiredService<OperationsFigures>().DailyOutcomesAsync(day.AddDays(-1), CancellationToken.None));

        Assert.Equal([new DailyPayments(day, "USD", 1, 12_50)], daily);
        Assert.Equal(1.0, Assert.Single(outcomes).SuccessRate);
    }

    private async Task PayOneAsync()
    {
        var session = A.Session().ForMerchant(500).Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(20_00, Usd));
        Assert.True((await PayAsync(session.Id, "shopper", _clock)).IsSuccess);
    }
}
