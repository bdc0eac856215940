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
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

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

        Assert.True(unbalancedCurrencies.Count == 0, "Unbalanced currencies: " + string.Join("; ", unbalancedCurrencies));
        Assert.True(driftedAccounts.Count == 0, "Balances that differ from their entries: " + string.Join("; ", driftedAccounts));
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
