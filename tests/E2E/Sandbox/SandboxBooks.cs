using Npgsql;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>The sandbox settlement peers' books, read straight from <c>sandbox.peer_accounts</c>.</summary>
public static class SandboxBooks
{
    /// <summary>Every peer's balances sum to zero per currency: each movement debited one account and credited another.</summary>
    public static async Task AssertBalancedAsync(string connectionString)
    {
        var unbalanced = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT peer || ' ' || currency || ': ' || SUM(balance_minor) FROM sandbox.peer_accounts GROUP BY peer, currency HAVING SUM(balance_minor) <> 0", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            unbalanced.Add(reader.GetString(0));
        }

        Assert.True(unbalanced.Count == 0, "Unbalanced sandbox books: " + string.Join("; ", unbalanced));
    }

    /// <summary>What <paramref name="holder"/> holds at <paramref name="peer"/> (Bank, Exchange, Switch), in minor units.</summary>
    public static async Task<long> BalanceAsync(string connectionString, string peer, long holder)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT balance_minor FROM sandbox.peer_accounts WHERE peer = @peer AND holder_ocid = @holder AND currency = 'USD'", connection);
        command.Parameters.AddWithValue("peer", peer);
        command.Parameters.AddWithValue("holder", holder);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
