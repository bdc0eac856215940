using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// The back office grid and its CSV export, from one query: the export is exactly the grid's rows, in the grid's
/// order, over all pages. Filters, sorting and paging run in PostgreSQL; each call uses its own short-lived context,
/// as a Blazor circuit lives long.
/// </summary>
public sealed class TransactionQueries(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    public const int MaxPageSize = 200;

    /// <param name="filter">What to list.</param>
    /// <param name="pageIndex">Zero-based.</param>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<TransactionPage> PageAsync(TransactionFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(db, filter);
        var total = await rows.CountAsync(cancellationToken);
        var page = await Sorted(rows, filter).Skip(pageIndex * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new TransactionPage(page, total);
    }

    /// <summary>Every row of the filter in the grid's order, read as the caller writes them, never all held at once.</summary>
    public async IAsyncEnumerable<TransactionRow> StreamAsync(TransactionFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Sorted(Filtered(db, filter), filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    private IQueryable<TransactionRow> Filtered(CheckoutDbContext db, TransactionFilter filter)
    {
        var rows = TransactionSources.Of(db, filter.Kind, time.GetUtcNow());
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }
        if (filter.MerchantOcid is { } merchant)
        {
            rows = rows.Where(r => r.MerchantOcid == merchant);
        }
        if (filter.GatewayOcid is { } gateway)
        {
            rows = rows.Where(r => r.GatewayOcid == gateway);
        }
        if (filter.Currency is { } currency)
        {
            rows = rows.Where(r => r.Currency == currency);
        }
        if (filter.MinAmount is { } min)
        {
            rows = rows.Where(r => r.AmountValue >= min);
        }
        if (filter.MaxAmount is { } max)
        {
            rows = rows.Where(r => r.AmountValue <= max);
        }
        if (filter.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            rows = rows.Where(r => r.At >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            rows = rows.Where(r => r.At < toUtc);
        }
        if (filter.Method is { } method)
        {
            rows = rows.Where(r => r.Method == method);
        }
        if (filter.Route is { } route)
        {
            rows = rows.Where(r => r.Route == route);
        }
        return filter.Search is { } search ? Matching(rows, search.Trim()) : rows;
    }

    private static IQueryable<TransactionRow> Matching(IQueryable<TransactionRow> rows, string search)
    {
        if (SessionId.TryParse(search, out var session))
        {
            return rows.Where(r => r.SessionKey == session.Value);
        }
        if (Guid.TryParse(search, out var key))
        {
            return rows.Where(r => r.Key == key);
        }
        return rows.Where(r => r.OrderId == search || r.Txid == search);
    }

    private static IOrderedQueryable<TransactionRow> Sorted(IQueryable<TransactionRow> rows, TransactionFilter filter)
    {
        var ordered = filter.Sort switch
        {
            TransactionSort.Amount => filter.Descending ? rows.OrderByDescending(r => r.AmountValue) : rows.OrderBy(r => r.AmountValue),
            TransactionSort.Status => filter.Descending ? rows.OrderByDescending(r => r.Status) : rows.OrderBy(r => r.Status),
            TransactionSort.Merchant => filter.Descending ? rows.OrderByDescending(r => r.MerchantOcid) : rows.OrderBy(r => r.MerchantOcid),
            TransactionSort.Currency => filter.Descending ? rows.OrderByDescending(r => r.Currency) : rows.OrderBy(r => r.Currency),
            _ => filter.Descending ? rows.OrderByDescending(r => r.At) : rows.OrderBy(r => r.At),
        };
        return filter.Descending ? ordered.ThenByDescending(r => r.Key) : ordered.ThenBy(r => r.Key);
    }
}
