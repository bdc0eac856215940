using System.Text;

using Npgsql;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Row count and an order-independent content hash (sum of <c>hashtextextended(row::text)</c>) of every table the
/// app's migrations created, in every schema, so that a new table is watched without changing the fuzzer.
/// </summary>
internal sealed class TableDigest(NpgsqlDataSource database, IReadOnlyList<string> tables) : IAsyncDisposable
{
    /// <summary>
    /// Not business data: <c>seen_nonces</c> records the nonce of every request whose signature verified, refused or
    /// not, which is what replay protection is for; migration history never changes at run time.
    /// </summary>
    public static readonly string[] Ignored = ["seen_nonces", "__EFMigrationsHistory", "__sandbox_migrations"];

    public IReadOnlyList<string> Tables => tables;

    public static async Task<TableDigest> OpenAsync(string connectionString)
    {
        var database = NpgsqlDataSource.Create(connectionString);
        var tables = new List<string>();
        await using var command = database.CreateCommand(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            + "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!Ignored.Contains(reader.GetString(1)))
            {
                tables.Add($"\"{reader.GetString(0)}\".\"{reader.GetString(1)}\"");
            }
        }
        return new TableDigest(database, tables);
    }

    public async Task<Dictionary<string, TableState>> TakeAsync()
    {
        var sql = new StringBuilder();
        foreach (var table in tables)
        {
            sql.Append(sql.Length == 0 ? "" : " UNION ALL ").Append(Select(table, where: ""));
        }
        var states = new Dictionary<string, TableState>(StringComparer.Ordinal);
        await using var command = database.CreateCommand(sql.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states[reader.GetString(0)] = new TableState(reader.GetInt64(1), reader.GetString(2));
        }
        return states;
    }

    /// <summary>The digest of just the rows whose <paramref name="keyExpression"/> is one of <paramref name="keys"/>.</summary>
    public async Task<TableState> RowsAsync(string table, string keyExpression, IReadOnlyCollection<string> keys)
    {
        await using var command = database.CreateCommand(Select(table, $"WHERE {keyExpression} = ANY(@keys)"));
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TableState(reader.GetInt64(1), reader.GetString(2));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static string Select(string table, string where) =>
        $"SELECT '{table}', count(*), coalesce(sum(hashtextextended(t::text, 0)), 0)::text FROM {table} t {where}";
}
