using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

using Xunit.Abstractions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

public sealed class ExpiryRaceTests(ITestOutputHelper output) : CheckoutDatabaseTest
{
    private const int Runs = 50;
    private const string Shopper = "shopper_race";
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly AccountOwner Merchant = AccountOwner.Merchant(new Ocid(9001));

    [Fact]
    public async Task ExpireAndPay_RacingAtTheExpiryInstant_EndInExactlyOneFinalStateAndMoneyBalances()
    {
        await FundAsync(Shopper, new Money(Runs * 12_50, Usd));
        var paid = 0;

        for (var run = 0; run < Runs; run++)
        {
            var session = A.Session().ForOrder($"ord_race_{run}").Build();
            await StoreAsync(session);
            // Two processes whose clocks straddle the instant: to the payer it is still payable, to the sweeper it is due.
            var payerClock = new FakeTimeProvider(session.ExpiresAt - TimeSpan.FromMilliseconds(1));
            var sweeperClock = new FakeTimeProvider(session.ExpiresAt);

            var payTask = Task.Run(() => PayAsync(session.Id, Shopper, payerClock));
            var expireTask = Task.Run(() => ExpireAsync(sweeperClock));
            var pay = await payTask;
            var expired = await expireTask;

            var final = await ReadAsync(session.Id);
            var payments = await PaymentsForAsync(session.Id);
            if (pay.IsSuccess)
            {
                paid++;
                Assert.Equal(SessionStatus.Paid, final.Status);
                Assert.DoesNotContain(session.Id, expired);
                Assert.Equal(1, payments);
            }
            else
            {
                Assert.Equal("session.expired", pay.Error!.Code);
                Assert.Equal(SessionStatus.Expired, final.Status);
                Assert.Contains(session.Id, expired);
                Assert.Equal(0, payments);
            }
        }

        // Which side wins each run is up to the scheduler; the log shows how the runs split.
        output.WriteLine($"{paid} of {Runs} runs ended paid, {Runs - paid} expired");
        Assert.Equal((Runs - paid) * 12_50, await BalanceAsync(AccountOwner.Shopper(Shopper), Usd));
        Assert.Equal(paid * 12_50, await BalanceAsync(Merchant, Usd));
    }

    [Fact]
    public async Task Expire_SessionsAtAndBeforeTheirExpiry_ExpiresOnlyThoseWhoseTimeIsUp()
    {
        var due = A.Session().ForOrder("ord_due").Build();
        var live = A.Session().ForOrder("ord_live").ExpiringIn(CheckoutSessionBuilder.DefaultTimeToLive + TimeSpan.FromSeconds(1)).Build();
        await StoreAsync(due, live);

        var expired = await ExpireAsync(new FakeTimeProvider(due.ExpiresAt));

        Assert.Equal(due.Id, Assert.Single(expired));
        Assert.Equal(SessionStatus.Expired, (await ReadAsync(due.Id)).Status);
        Assert.Equal(SessionStatus.Open, (await ReadAsync(live.Id)).Status);
    }

    [Fact]
    public async Task Pay_AfterTheSweeperExpiredTheSession_ReturnsExpiredAndChargesNothing()
    {
        await FundAsync(Shopper, new Money(12_50, Usd));
        var session = A.Session().Build();
        await StoreAsync(session);
        await ExpireAsync(new FakeTimeProvider(session.ExpiresAt));

        var paid = await PayAsync(session.Id, Shopper, new FakeTimeProvider(session.ExpiresAt - TimeSpan.FromSeconds(1)));

        Assert.Equal("session.expired", paid.Error?.Code);
        Assert.Equal(12_50, await BalanceAsync(AccountOwner.Shopper(Shopper), Usd));
    }
}
