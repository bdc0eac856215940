using Microsoft.EntityFrameworkCore;

using Npgsql;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.UnitTests.Postgres;

/// <summary>
/// A uniquely named database on the server in <c>CHECKOUT_TEST_PG</c>, migrated with the real migrations and dropped
/// on dispose. Persistence tests never fall back to a fake: without the variable they fail and say why.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CHECKOUT_TEST_PG";

    private readonly string _serverConnectionString;

    private PostgresDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <param name="migration">Migrate only up to this migration (a migration test's starting point); null for all of them.</param>
    public static async Task<PostgresDatabase> CreateAsync(string? migration = null)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Persistence tests need a PostgreSQL server they may create and drop databases on, "
                + $"e.g. export {ServerVariable}=\"Host=127.0.0.1;Port=55604;Username=postgres\".");
        }

        var serverConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        var database = new PostgresDatabase(serverConnectionString, $"checkout_unit_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(migration);
        return database;
    }

    /// <summary>Runs SQL on this database, for tests that must write what no current code writes (rows of an older schema).</summary>
    public async Task ExecuteOnDatabaseAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public CheckoutDbContext NewContext() =>
        new(new DbContextOptionsBuilder<CheckoutDbContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    // Database names cannot be bound as parameters; Name is built above from a timestamp and a GUID only.
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
