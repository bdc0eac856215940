using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

/// <summary>The ledger transactions whose reference is the session (payment, hold, settlement), with every leg named by its account's owner.</summary>
internal sealed class TimelineLedger(CheckoutDbContext db)
{
    public async Task<IReadOnlyList<LedgerPosted>> ReadAsync(string reference, CancellationToken cancellationToken)
    {
        var transactions = await db.LedgerTransactions.AsNoTracking().Where(t => t.Reference == reference).ToListAsync(cancellationToken);
        var accountIds = transactions.SelectMany(t => t.Entries).Select(e => e.AccountId).Distinct().ToList();
        var owners = await db.Accounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Owner })
            .ToDictionaryAsync(a => a.Id, a => a.Owner, cancellationToken);
        return transactions
            .Select(t => new LedgerPosted(t.CreatedAt, t.Id, t.Kind, t.Currency.Code, t.Entries
                .Select(e => new LedgerLeg(Describe(owners[e.AccountId]), e.AmountMinor, new Money(e.AmountMinor, t.Currency).ToWireString()))
                .ToList()))
            .ToList();
    }

    private static string Describe(AccountOwner owner) => $"{owner.Kind}:{owner.Key}";
}
