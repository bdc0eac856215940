using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>
/// A shopper's balances and history, read from the ledger: each entry on one of their accounts is one movement,
/// newest first, paged in the database, then joined to what it paid or where it came from
/// (<see cref="WalletMovementSources"/>). Each call uses its own short-lived context, as a Blazor circuit lives long.
/// </summary>
public sealed class WalletHistoryQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public const int MaxPageSize = 100;

    /// <summary>Every currency the shopper has an account in, zero balances included, by currency code.</summary>
    public async Task<IReadOnlyList<Money>> BalancesAsync(string shopperUserId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = AccountOwner.Shopper(shopperUserId);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Owner == owner)
            .Select(a => new { a.BalanceMinor, a.Currency })
            .ToListAsync(cancellationToken);
        return accounts.Select(a => new Money(a.BalanceMinor, a.Currency)).OrderBy(m => m.Currency.Code, StringComparer.Ordinal).ToList();
    }

    /// <param name="shopperUserId">Whose wallet.</param>
    /// <param name="pageIndex">Zero-based.</param>
    /// <param name="pageSize">At most <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<WalletHistory> PageAsync(string shopperUserId, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = AccountOwner.Shopper(shopperUserId);
        var accountIds = await db.Accounts.AsNoTracking().Where(a => a.Owner == owner).Select(a => a.Id).ToListAsync(cancellationToken);
        if (accountIds.Count == 0)
        {
            return WalletHistory.Empty;
        }

        // A movement between two accounts of one shopper cannot exist (both sides of a transaction share a currency,
        // and a shopper has one account per currency), so each transaction yields at most one line here.
        var entries = db.LedgerTransactions.AsNoTracking().SelectMany(
            t => t.Entries.Where(e => accountIds.Contains(e.AccountId)),
            (t, e) => new { t.Id, t.Kind, t.Currency, t.Reference, t.CreatedAt, e.AmountMinor });
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var lines = rows.Select(r => new LedgerLine(r.Id, r.Kind, new Money(r.AmountMinor, r.Currency), r.Reference, r.CreatedAt)).ToList();
        var movements = await new WalletMovementSources(db, accountIds).DescribeAsync(lines, cancellationToken);
        return new WalletHistory(movements, total);
    }
}
