using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

/// <summary>
/// Many shoppers paying one merchant at once: the merchant's balance is credited in place, not locked, so none of them
/// waits on it for long; none may be lost, and the books must still balance.
/// </summary>
public sealed class OneMerchantManyPayersTests : CheckoutDatabaseTest
{
    private const int Payers = 50;
    private const long Price = 12_50;
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly AccountOwner Merchant = AccountOwner.Merchant(new Ocid(9001));
    private static readonly FakeTimeProvider Clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));

    [Fact]
    public async Task Pay_FiftyShoppersIntoOneMerchantConcurrently_AllSucceedAndTheMerchantHoldsTheirSum()
    {
        var sessions = Enumerable.Range(0, Payers).Select(i => A.Session().ForOrder($"ord_{i}").Build()).ToArray();
        await StoreAsync(sessions);
        for (var i = 0; i < Payers; i++)
        {
            await FundAsync(ShopperOf(i), new Money(Price, Usd));
        }

        var results = await Task.WhenAll(sessions.Select((session, i) => Task.Run(() => PayAsync(session.Id, ShopperOf(i), Clock))));

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.Message));
        Assert.Equal(Payers * Price, await BalanceAsync(Merchant, Usd));
        for (var i = 0; i < Payers; i++)
        {
            Assert.Equal(0, await BalanceAsync(AccountOwner.Shopper(ShopperOf(i)), Usd));
        }
        foreach (var session in sessions)
        {
            Assert.Equal(SessionStatus.Paid, (await ReadAsync(session.Id)).Status);
            Assert.Equal(1, await PaymentsForAsync(session.Id));
        }
        Assert.Equal(Payers, await IssuedProofsAsync());
        Assert.Empty(await UnbalancedAsync());
    }

    private static string ShopperOf(int index) => $"shopper_{index}";

    private async Task<int> IssuedProofsAsync()
    {
        await using var db = Database.NewContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM proof_records").SingleAsync();
    }

    /// <summary>
    /// Every way the books could disagree: a movement whose entries do not sum to zero, or an account whose balance is
    /// not the sum of its entries (an in-place credit lost or applied twice).
    /// </summary>
    private async Task<List<string>> UnbalancedAsync()
    {
        await using var db = Database.NewContext();
        return await db.Database.SqlQuery<string>(
            $"""
            SELECT 'transaction ' || transaction_id AS "Value" FROM ledger_entries GROUP BY transaction_id HAVING sum(amount_minor) <> 0
            UNION ALL
            SELECT 'account ' || a.owner FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
            GROUP BY a.id, a.owner, a.balance_minor HAVING a.balance_minor <> coalesce(sum(e.amount_minor), 0)
            """).ToListAsync();
    }
}
