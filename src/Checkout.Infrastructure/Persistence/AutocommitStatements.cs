using Npgsql;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// Where a single statement that is its own transaction runs: a multiplexing data source on the same database
/// (docs/decisions.md, "Issue 11: the hot statement multiplexed"). Npgsql writes the statements of many concurrent
/// requests down a few connections in one write each way, instead of handing each request a pooled connection of its
/// own; at 64 concurrent checkout/creates that cut the app's and PostgreSQL's CPU per request. Multiplexing keeps no
/// session between statements, so everything that needs one (a transaction, a row lock, LISTEN) stays on the
/// ordinary pool.
/// </summary>
public sealed class AutocommitStatements(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source =
        new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = true }.ConnectionString).Build();

    public NpgsqlCommand CreateCommand(string sql) => _source.CreateCommand(sql);

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
