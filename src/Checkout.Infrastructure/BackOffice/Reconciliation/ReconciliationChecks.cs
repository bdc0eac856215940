using System.Data;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>
/// Reads the books and finds what does not add up. Every check runs in one REPEATABLE READ snapshot: payments keep
/// committing meanwhile, and a balance read before its entries (or after) would be flagged though nothing is wrong.
/// </summary>
internal sealed class ReconciliationChecks(CheckoutDbContext db)
{
    public async Task<ReconciliationFindings> RunAsync(CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var accounts = await CountAsync("SELECT count(*)::int AS \"Value\" FROM accounts", cancellationToken);
        var sessions = await CountAsync("SELECT count(*)::int AS \"Value\" FROM checkout_sessions WHERE status = 'Paid'", cancellationToken);
        var balances = await AccountBalancesAsync(cancellationToken);
        var currencies = await CurrencySumsAsync(cancellationToken);
        var proofs = await SessionProofsAsync(cancellationToken);
        await snapshot.CommitAsync(cancellationToken);

        var discrepancies = balances
            .Select(b => new Discrepancy(ReconciliationCheck.AccountBalance, b.Owner, b.Currency, b.Expected, b.Actual))
            .Concat(currencies.Where(c => c.Actual != 0).Select(c => new Discrepancy(ReconciliationCheck.CurrencySum, c.Currency, c.Currency, 0, c.Actual)))
            .Concat(proofs.Select(p => new Discrepancy(ReconciliationCheck.SessionProof, p.SessionId.ToString(), null, 1, p.Proofs)))
            .ToList();
        return new ReconciliationFindings(accounts, currencies.Count, sessions, discrepancies);
    }

    private Task<int> CountAsync(string sql, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken);

    /// <summary>Accounts whose stored balance is not the sum of their entries.</summary>
    private Task<List<AccountTotal>> AccountBalancesAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<AccountTotal>("""
            SELECT a.owner AS "Owner", a.currency AS "Currency", a.balance_minor AS "Actual", COALESCE(SUM(e.amount_minor), 0)::bigint AS "Expected"
            FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
            GROUP BY a.id
            HAVING a.balance_minor <> COALESCE(SUM(e.amount_minor), 0)
            ORDER BY a.owner, a.currency
            """).ToListAsync(cancellationToken);

    private Task<List<CurrencyTotal>> CurrencySumsAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<CurrencyTotal>("""
            SELECT a.currency AS "Currency", SUM(e.amount_minor)::bigint AS "Actual"
            FROM ledger_entries e JOIN accounts a ON a.id = e.account_id
            GROUP BY a.currency
            ORDER BY a.currency
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// Paid sessions without exactly one final proof. Paid directly, the final proof is the one we issued for the
    /// session; paid over a remote path, it is the proof the path's last hop issued for one of the saga's steps
    /// (docs/decisions.md, "Reconciliation").
    /// </summary>
    private Task<List<SessionProofCount>> SessionProofsAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<SessionProofCount>("""
            SELECT s.id AS "SessionId", counted.proofs AS "Proofs"
            FROM checkout_sessions s
            CROSS JOIN LATERAL (
                SELECT (
                    (SELECT count(*) FROM proof_records p WHERE p.session_id = s.id AND p.direction = 'Issued')
                  + (SELECT count(DISTINCT p.id)
                     FROM settlement_sagas g
                     JOIN settlement_saga_steps st ON st.saga_id = g.id
                     JOIN proof_records p ON p.direction = 'Received' AND p.issuer = g.hops[array_length(g.hops, 1)] AND p.txid = st.remote_txid
                     WHERE g.session_id = s.id AND g.state = 'Completed')
                )::int AS proofs
            ) counted
            WHERE s.status = 'Paid' AND counted.proofs <> 1
            ORDER BY s.id
            """).ToListAsync(cancellationToken);

    private sealed record AccountTotal(string Owner, string Currency, long Expected, long Actual);

    private sealed record CurrencyTotal(string Currency, long Actual);

    private sealed record SessionProofCount(Guid SessionId, int Proofs);
}
