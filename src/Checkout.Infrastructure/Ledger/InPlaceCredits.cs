using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Ledger;

/// <summary>
/// The credits one unit of work adds to balances in place (<see cref="CreditedAccount"/>). They run after its other
/// writes and just before its commit, so a merchant's row is held only for that last statement and the commit, while
/// the transaction keeps the entries and the balances together.
/// </summary>
internal sealed class InPlaceCredits
{
    private readonly List<LedgerEntry> _pending = [];

    public void Add(LedgerEntry credit) => _pending.Add(credit);

    public async Task ApplyAsync(CheckoutDbContext db, CancellationToken cancellationToken)
    {
        // One order for every unit of work, so two crediting the same accounts cannot deadlock on them.
        foreach (var credit in _pending.OrderBy(c => c.AccountId))
        {
            var updated = await db.Database.ExecuteSqlAsync(
                $"UPDATE accounts SET balance_minor = balance_minor + {credit.AmountMinor} WHERE id = {credit.AccountId}",
                cancellationToken);
            if (updated != 1)
            {
                throw new InvalidOperationException($"Account {credit.AccountId} to credit does not exist.");
            }
        }
        _pending.Clear();
    }

    /// <summary>Forgets credits whose unit of work rolled back.</summary>
    public void Discard() => _pending.Clear();
}
