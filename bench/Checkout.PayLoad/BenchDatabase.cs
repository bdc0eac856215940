using Microsoft.EntityFrameworkCore;

using Npgsql;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>A fresh database migrated with the app's migrations, dropped on dispose; one per phase, so neither sees the other's rows.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private BenchDatabase(string server, string name, int poolSize)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = poolSize }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server, string phase, int poolSize)
    {
        var database = new BenchDatabase(server, $"checkout_payload_{phase}_{Guid.NewGuid():N}", poolSize);
        await database.OnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CheckoutDbContext NewContext() =>
        new(new DbContextOptionsBuilder<CheckoutDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task StoreAsync(IEnumerable<CheckoutSession> sessions)
    {
        await using var db = NewContext();
        db.CheckoutSessions.AddRange(sessions);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
