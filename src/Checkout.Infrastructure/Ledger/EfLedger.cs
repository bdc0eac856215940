using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Ledger;

internal sealed class EfLedger(CheckoutDbContext db, InPlaceCredits credits, OpenedAccountIds opened) : ILedger
{
    public async Task<IReadOnlyDictionary<AccountOwner, Account>> LockAccountsAsync(
        IReadOnlyCollection<AccountOwner> owners, Currency currency, CancellationToken cancellationToken)
    {
        var keys = owners.Select(KeyOf).Distinct().ToArray();
        var accounts = await LockAsync(keys, currency, cancellationToken);
        if (accounts.Count < keys.Length)
        {
            // Only a first movement opens an account; every later one locks in a single round trip.
            await OpenAsync(keys, currency, cancellationToken);
            accounts = await LockAsync(keys, currency, cancellationToken);
        }
        return accounts.ToDictionary(a => a.Owner);
    }

    public async Task<CreditedAccount> OpenForCreditAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken)
    {
        var database = db.Database.GetDbConnection().Database;
        var id = opened.Find(database, owner, currency) ?? await FindIdAsync(owner, currency, cancellationToken);
        if (id is null)
        {
            await OpenAsync([KeyOf(owner)], currency, cancellationToken);
            id = await FindIdAsync(owner, currency, cancellationToken);
        }
        var credited = new CreditedAccount(id ?? throw new InvalidOperationException($"Account {owner} {currency} was opened but is missing."), owner, currency);
        if (db.Database.CurrentTransaction is null)
        {
            // Outside a transaction the row is committed, so it cannot roll back from under the remembered id.
            opened.Remember(database, owner, currency, credited.Id);
        }
        return credited;
    }

    public async Task<Money> BalanceAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken)
    {
        var balance = await db.Accounts.AsNoTracking()
            .Where(a => a.Owner == owner && a.Currency == currency)
            .Select(a => (long?)a.BalanceMinor)
            .SingleOrDefaultAsync(cancellationToken);
        return new Money(balance ?? 0, currency);
    }

    public void Record(LedgerTransaction transaction)
    {
        db.LedgerTransactions.Add(transaction);
        if (transaction.InPlaceCredit is { } credit)
        {
            credits.Add(credit);
        }
    }

    private static string KeyOf(AccountOwner owner) => (string)DomainConverters.AccountOwner.ConvertToProvider(owner)!;

    /// <summary>
    /// Opening an account races harmlessly: the unique (owner, currency) key keeps one, the other insert waits for it.
    /// </summary>
    private Task OpenAsync(string[] keys, Currency currency, CancellationToken cancellationToken)
    {
        var ids = keys.Select(_ => Guid.CreateVersion7()).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO accounts (id, owner, currency, balance_minor) SELECT id, owner, {currency.Code}, 0 FROM unnest({ids}, {keys}) AS opened (id, owner) ON CONFLICT (owner, currency) DO NOTHING",
            cancellationToken);
    }

    private async Task<List<Account>> LockAsync(string[] keys, Currency currency, CancellationToken cancellationToken) =>
        // xmin is a system column that SELECT * leaves out; EF needs it as the concurrency token.
        // Always lock in id order, so two movements over the same pair of accounts cannot deadlock.
        await db.Accounts
            .FromSql($"SELECT *, xmin FROM accounts WHERE currency = {currency.Code} AND owner = ANY({keys}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);

    private Task<Guid?> FindIdAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking()
            .Where(a => a.Owner == owner && a.Currency == currency)
            .Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
}
