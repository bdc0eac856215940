using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Ledger;

/// <summary>
/// The credits one unit of work adds to balances in place (<see cref="CreditedAccount"/>). They are queued just before
/// its commit, in one statement, and applied by PostgreSQL during the COMMIT itself (migration
/// <c>AccountCreditsAtCommit</c>): a merchant's row is locked only while the database commits, not across a round trip
/// to this process, while the transaction still keeps the entries and the balances together.
/// </summary>
internal sealed class InPlaceCredits
{
    private readonly List<LedgerEntry> _pending = [];

    public void Add(LedgerEntry credit) => _pending.Add(credit);

    public async Task ApplyAsync(CheckoutDbContext db, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }
        var accounts = _pending.Select(c => c.AccountId).ToArray();
        var amounts = _pending.Select(c => c.AmountMinor).ToArray();
        // Applied in account order, the same for every unit of work, so two crediting the same accounts cannot
        // deadlock on them at commit.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO account_credits_at_commit (account_id, amount_minor)
            SELECT account_id, amount_minor FROM unnest({accounts}, {amounts}) AS credit(account_id, amount_minor) ORDER BY account_id
            """,
            cancellationToken);
        _pending.Clear();
    }

    /// <summary>Forgets credits whose unit of work rolled back.</summary>
    public void Discard() => _pending.Clear();
}
