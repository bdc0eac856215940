using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// Balances and statements of the merchants we settle directly (<see cref="AccountOwnerKind.Merchant"/> accounts),
/// read from the ledger. A statement of an OCID the user has not claimed does not exist for them (null).
/// </summary>
public sealed class MerchantStatementQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<IReadOnlyList<MerchantBalance>> BalancesAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owners = (await MerchantScope.OwnedBy(db, userId).ToListAsync(cancellationToken)).ToDictionary(AccountOwner.Merchant);
        var keys = owners.Keys.ToList();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => keys.Contains(a.Owner))
            .Select(a => new { a.Owner, a.BalanceMinor, a.Currency })
            .ToListAsync(cancellationToken);
        return accounts
            .Select(a => new MerchantBalance(owners[a.Owner], new Money(a.BalanceMinor, a.Currency)))
            .OrderBy(b => b.Merchant.Value).ThenBy(b => b.Balance.Currency.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <param name="userId">The portal user.</param>
    /// <param name="range">Which account and dates.</param>
    /// <param name="pageIndex">Zero-based; lines run oldest first, as a statement reads.</param>
    /// <param name="pageSize">At most <see cref="MerchantPage{T}.MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<MerchantStatement?> PageAsync(string userId, StatementRange range, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        MerchantPage<StatementLine>.CheckBounds(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MerchantScope.OwnedBy(db, userId).AnyAsync(o => o == range.Merchant, cancellationToken))
        {
            return null;
        }
        var account = await AccountIdAsync(db, range, cancellationToken);
        var opening = new Money(account is null ? 0 : await SumBeforeAsync(db, account.Value, range.From, cancellationToken), range.Currency);
        if (account is null)
        {
            return new MerchantStatement(opening, [], 0);
        }
        var entries = Entries(db, account.Value, range);
        var total = await entries.CountAsync(cancellationToken);
        var skipped = pageIndex * pageSize;
        var carried = opening.Minor + await entries.Take(skipped).SumAsync(e => e.AmountMinor, cancellationToken);
        var rows = await entries.Skip(skipped).Take(pageSize).ToListAsync(cancellationToken);
        return new MerchantStatement(opening, Running(rows, carried, range.Currency).ToList(), total);
    }

    /// <summary>Every line of the range, oldest first, for the CSV export; nothing when the OCID is not the user's.</summary>
    public async IAsyncEnumerable<StatementLine> AllAsync(string userId, StatementRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MerchantScope.OwnedBy(db, userId).AnyAsync(o => o == range.Merchant, cancellationToken)
            || await AccountIdAsync(db, range, cancellationToken) is not { } account)
        {
            yield break;
        }
        var balance = await SumBeforeAsync(db, account, range.From, cancellationToken);
        await foreach (var entry in Entries(db, account, range).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            balance += entry.AmountMinor;
            yield return Line(entry, balance, range.Currency);
        }
    }

    private static async Task<Guid?> AccountIdAsync(CheckoutDbContext db, StatementRange range, CancellationToken cancellationToken)
    {
        var owner = AccountOwner.Merchant(range.Merchant);
        return await db.Accounts.AsNoTracking()
            .Where(a => a.Owner == owner && a.Currency == range.Currency)
            .Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static Task<long> SumBeforeAsync(CheckoutDbContext db, Guid account, DateTimeOffset from, CancellationToken cancellationToken) =>
        db.LedgerTransactions.AsNoTracking()
            .Where(t => t.CreatedAt < from)
            .SelectMany(t => t.Entries.Where(e => e.AccountId == account))
            .SumAsync(e => e.AmountMinor, cancellationToken);

    private static IQueryable<Entry> Entries(CheckoutDbContext db, Guid account, StatementRange range) =>
        db.LedgerTransactions.AsNoTracking()
            .Where(t => t.CreatedAt >= range.From && t.CreatedAt < range.To)
            .SelectMany(t => t.Entries.Where(e => e.AccountId == account), (t, e) => new Entry { TransactionId = t.Id, At = t.CreatedAt, Kind = t.Kind, Reference = t.Reference, AmountMinor = e.AmountMinor })
            .OrderBy(e => e.At).ThenBy(e => e.TransactionId);

    private static IEnumerable<StatementLine> Running(IEnumerable<Entry> entries, long balance, Currency currency)
    {
        foreach (var entry in entries)
        {
            balance += entry.AmountMinor;
            yield return Line(entry, balance, currency);
        }
    }

    private static StatementLine Line(Entry entry, long balance, Currency currency) =>
        new(entry.TransactionId, entry.At, entry.Kind, entry.Reference, new Money(entry.AmountMinor, currency), new Money(balance, currency));

    private sealed class Entry
    {
        public Guid TransactionId { get; init; }

        public DateTimeOffset At { get; init; }

        public LedgerTransactionKind Kind { get; init; }

        public string Reference { get; init; } = "";

        public long AmountMinor { get; init; }
    }
}
