using Microsoft.EntityFrameworkCore;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Ledger;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Ledger;

/// <summary>
/// An in-place credit reaches the balance during COMMIT: until then nobody else waits on the credited row, and a
/// credit that cannot apply fails the whole commit.
/// </summary>
public sealed class AccountCreditsAtCommitTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");

    [Fact]
    public async Task Apply_LeavesTheRowUnlockedUntilCommit_ThenTheBalanceHoldsTheCredit()
    {
        await FundAsync("shopper_a", new Money(5_00, Usd));
        var account = await AccountIdAsync("Shopper:shopper_a");
        await using var db = Database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var credits = new InPlaceCredits();
        credits.Add(new LedgerEntry(account, 2_50));

        await credits.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(5_00, await LockWithoutWaitingAsync(account));
        await transaction.CommitAsync();
        Assert.Equal(7_50, await BalanceAsync(AccountOwner.Shopper("shopper_a"), Usd));
        Assert.Equal(0, await QueuedCreditsAsync());
    }

    [Fact]
    public async Task Apply_ToAnAccountThatDoesNotExist_FailsTheCommitAndLeavesNothing()
    {
        await using var db = Database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var credits = new InPlaceCredits();
        credits.Add(new LedgerEntry(Guid.NewGuid(), 1_00));
        await credits.ApplyAsync(db, CancellationToken.None);

        var failed = await Assert.ThrowsAsync<PostgresException>(() => transaction.CommitAsync());

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, failed.SqlState);
        Assert.Equal(0, await QueuedCreditsAsync());
    }

    private async Task<Guid> AccountIdAsync(string owner)
    {
        await using var db = Database.NewContext();
        return await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM accounts WHERE owner = {owner}").SingleAsync();
    }

    /// <summary>From another connection, as a concurrent payer would: NOWAIT fails at once if the row is locked.</summary>
    private async Task<long> LockWithoutWaitingAsync(Guid account)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT balance_minor FROM accounts WHERE id = $1 FOR UPDATE NOWAIT", connection)
        {
            Parameters = { new() { Value = account } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> QueuedCreditsAsync()
    {
        await using var db = Database.NewContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM account_credits_at_commit").SingleAsync();
    }
}
