using Npgsql;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// The money invariant, checked straight in the database: per currency all entries sum to zero, and every stored
/// balance equals the sum of its account's entries.
/// </summary>
public static class LedgerAudit
{
    public static async Task AssertBalancedAsync(string connectionString)
    {
        var problems = await FindProblemsAsync(connectionString);

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    /// <summary>Every way the ledger is out of balance; empty when it balances or the app never created it.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('ledger_entries') IS NOT NULL", connection))
        {
            if (await exists.ExecuteScalarAsync() is not true)
            {
                return [];
            }
        }

        var unbalancedCurrencies = await ListAsync(connection, """
            SELECT t.currency || ': ' || SUM(e.amount_minor)
            FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
            GROUP BY t.currency HAVING SUM(e.amount_minor) <> 0
            """);
        var driftedAccounts = await ListAsync(connection, """
            SELECT a.owner || ' ' || a.currency || ': stored ' || a.balance_minor || ', entries ' || COALESCE(SUM(e.amount_minor), 0)
            FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
            GROUP BY a.id, a.owner, a.currency, a.balance_minor
            HAVING a.balance_minor <> COALESCE(SUM(e.amount_minor), 0)
            """);

        return [
            .. unbalancedCurrencies.Select(c => "unbalanced currency " + c),
            .. driftedAccounts.Select(a => "balance differs from its entries: " + a),
        ];
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
