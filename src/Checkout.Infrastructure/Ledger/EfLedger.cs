using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Ledger;

internal sealed class EfLedger(CheckoutDbContext db) : ILedger
{
    public async Task<IReadOnlyDictionary<AccountOwner, Account>> LockAccountsAsync(
        IReadOnlyCollection<AccountOwner> owners, Currency currency, CancellationToken cancellationToken)
    {
        var keys = owners.Select(o => (string)DomainConverters.AccountOwner.ConvertToProvider(o)!).Distinct().ToArray();
        foreach (var key in keys)
        {
            // Opening an account races harmlessly: the unique (owner, currency) key keeps one, the other insert waits.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO accounts (id, owner, currency, balance_minor) VALUES ({Guid.CreateVersion7()}, {key}, {currency.Code}, 0) ON CONFLICT (owner, currency) DO NOTHING",
                cancellationToken);
        }

        // xmin is a system column that SELECT * leaves out; EF needs it as the concurrency token.
        // Always lock in id order, so two movements over the same pair of accounts cannot deadlock.
        var accounts = await db.Accounts
            .FromSql($"SELECT *, xmin FROM accounts WHERE currency = {currency.Code} AND owner = ANY({keys}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        return accounts.ToDictionary(a => a.Owner);
    }

    public async Task<Money> BalanceAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken)
    {
        var balance = await db.Accounts.AsNoTracking()
            .Where(a => a.Owner == owner && a.Currency == currency)
            .Select(a => (long?)a.BalanceMinor)
            .SingleOrDefaultAsync(cancellationToken);
        return new Money(balance ?? 0, currency);
    }

    public void Record(LedgerTransaction transaction) => db.LedgerTransactions.Add(transaction);
}
