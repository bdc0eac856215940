using Npgsql;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// A uniquely named, empty PostgreSQL database on the server named by <c>CHECKOUT_TEST_PG</c>, dropped on dispose.
/// The app creates its schema itself when it starts (it migrates), as it does in production.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CHECKOUT_TEST_PG";

    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>For the app's <c>ConnectionStrings:Checkout</c>, or for a test reading the database directly.</summary>
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Point it at a PostgreSQL server the tests may create and drop databases on, "
                + $"e.g. export {ServerVariable}=\"Host=127.0.0.1;Port=55500;Username=postgres\".");
        }

        // Administrative commands run from the maintenance database, whatever database the variable names.
        var serverConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        var database = new TestDatabase(serverConnectionString, $"checkout_e2e_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken);
        return database;
    }

    /// <summary>
    /// Audits the ledger (after every E2E test that used this database, money must balance), then drops the database.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var ledgerProblems = await LedgerAudit.FindProblemsAsync(ConnectionString);

        // Our own pooled connections would otherwise linger; a killed app may have left server sessions behind too,
        // so terminate every session on the database before dropping it.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()",
            CancellationToken.None);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
        if (ledgerProblems.Count > 0)
        {
            throw new InvalidOperationException("The ledger did not balance: " + string.Join("; ", ledgerProblems));
        }
    }

    // Database names cannot be bound as parameters; Name is generated above from a timestamp and a GUID only.
    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
