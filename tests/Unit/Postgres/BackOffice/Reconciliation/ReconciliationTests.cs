using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Reconciliation;

/// <summary>Reconciliation over a ledger the real use cases wrote, then broken by hand the way only raw SQL can.</summary>
public sealed class ReconciliationTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");
    private readonly FakeTimeProvider _clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));

    protected override void ConfigureServices(IServiceCollection services) => services.AddReconciliation();

    [Fact]
    public async Task Run_OverBooksWrittenByTheUseCases_Passes()
    {
        await SeedPaidSessionAsync();

        var run = await ReconcileAsync();

        Assert.True(run.Passed, string.Join("; ", run.Discrepancies));
        Assert.Equal((3, 1, 1), (run.AccountsChecked, run.CurrenciesChecked, run.SessionsChecked));
    }

    [Fact]
    public async Task Run_AfterOneBalanceWasCorrupted_FlagsExactlyThatAccountWithExpectedAndActual()
    {
        await SeedPaidSessionAsync();
        Assert.True((await ReconcileAsync()).Passed);
        var owner = AccountOwner.Shopper("shopper");
        var balance = await BalanceAsync(owner, Usd);
        await Database.ExecuteOnDatabaseAsync("UPDATE accounts SET balance_minor = balance_minor + 500 WHERE owner = 'Shopper:shopper' AND currency = 'USD'");

        var run = await ReconcileAsync();

        Assert.False(run.Passed);
        var flagged = Assert.Single(run.Discrepancies);
        Assert.Equal(new Discrepancy(ReconciliationCheck.AccountBalance, "Shopper:shopper", "USD", balance, balance + 500), flagged);
    }

    [Fact]
    public async Task Run_PaidSessionWithoutItsProof_FlagsThatSession()
    {
        var session = await SeedPaidSessionAsync();
        await Database.ExecuteOnDatabaseAsync($"DELETE FROM proof_records WHERE session_id = '{session.Value}'");

        var run = await ReconcileAsync();

        var flagged = Assert.Single(run.Discrepancies);
        Assert.Equal(new Discrepancy(ReconciliationCheck.SessionProof, session.Value.ToString(), null, 1, 0), flagged);
    }

    [Fact]
    public async Task Run_StoresTheResultAndAuditsIt()
    {
        await SeedPaidSessionAsync();

        var run = await InScopeAsync(services => services.GetRequiredService<RunReconciliation>().ExecuteAsync("admin@example.test", CancellationToken.None));

        var stored = Assert.Single(await InScopeAsync(services => services.GetRequiredService<ReconciliationQueries>().RecentAsync(10, CancellationToken.None)));
        Assert.Equal((run.Id, true, "admin@example.test"), (stored.Id, stored.Passed, stored.Actor));
        await using var db = Database.NewContext();
        var audited = Assert.Single(db.AuditEvents, e => e.Action == AuditActions.ReconciliationRun);
        Assert.Equal(("admin@example.test", run.Id.ToString()), (audited.Actor, audited.Subject));
    }

    private async Task<SessionId> SeedPaidSessionAsync()
    {
        var session = A.Session().ForMerchant(500).Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(20_00, Usd));
        Assert.True((await PayAsync(session.Id, "shopper", _clock)).IsSuccess);
        return session.Id;
    }

    private Task<ReconciliationRun> ReconcileAsync() =>
        InScopeAsync(services => services.GetRequiredService<RunReconciliation>().ExecuteAsync(AuditActions.System, CancellationToken.None));
}
