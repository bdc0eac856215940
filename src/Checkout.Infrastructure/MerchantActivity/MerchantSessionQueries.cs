using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>The merchant's sessions and their payments, newest first, paged in the database.</summary>
public sealed class MerchantSessionQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<MerchantPage<MerchantSessionRow>> PageAsync(string userId, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        MerchantPage<MerchantSessionRow>.CheckBounds(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = Visible(db, userId);
        var total = await sessions.CountAsync(cancellationToken);
        var rows = await Rows(sessions).Skip(pageIndex * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new MerchantPage<MerchantSessionRow>(rows, total);
    }

    /// <summary>Every row the screen lists, in the same order, for the CSV export.</summary>
    public async IAsyncEnumerable<MerchantSessionRow> AllAsync(string userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Rows(Visible(db, userId)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    private static IQueryable<CheckoutSession> Visible(CheckoutDbContext db, string userId)
    {
        var owned = MerchantScope.OwnedBy(db, userId);
        return db.CheckoutSessions.AsNoTracking().Where(s => owned.Contains(s.MerchantOcid));
    }

    private static IQueryable<MerchantSessionRow> Rows(IQueryable<CheckoutSession> sessions) =>
        sessions
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new MerchantSessionRow(
                s.Id,
                s.MerchantOcid,
                s.MerchantGatewayOcid,
                s.OrderId,
                new Money(s.Total.Minor, s.Total.Currency),
                s.Status,
                s.CreatedAt,
                s.Payment == null ? null : s.Payment.PaidAt,
                s.Payment == null ? null : s.Payment.ProofTxid));
}
