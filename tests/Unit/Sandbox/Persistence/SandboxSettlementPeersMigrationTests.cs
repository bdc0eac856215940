using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Webhooks;
using OpenCharge.Checkout.UnitTests.Postgres;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Persistence;

public sealed class SandboxSettlementPeersMigrationTests : IAsyncLifetime
{
    private PostgresDatabase? _database;

    private PostgresDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("0");

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_ForwardWrittenBeforeTheSettlementPeers_BecomesTheDemoGatewaysWithItsReceivedProof()
    {
        await using (var before = Context())
        {
            await before.Database.MigrateAsync("20261202022304_DemoGatewayForwards");
        }
        await Database.ExecuteOnDatabaseAsync("""
            INSERT INTO sandbox.demo_orders (id, description, order_json, signature, amount, currency, status, created_at)
            VALUES ('ord_1', 'Mug', '{}', 'sig', '12.50', 'USD', 'Pending', now());
            INSERT INTO sandbox.gateway_forwards (order_id, received_issuer, received_txid, proof_txid, envelope_json, status, attempts, created_at)
            VALUES ('ord_1', 200, 'pg_tx_1', 'dgtx_1', '{}', 'Pending', 0, now());
            """);

        await using var db = Context();
        await db.Database.MigrateAsync();

        var forward = await db.GatewayForwards.SingleAsync();
        Assert.Equal((SandboxPeer.Gateway, (long?)200, "pg_tx_1"), (forward.Sender, forward.ReceivedIssuer, forward.ReceivedTxid));
    }

    private SandboxDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SandboxDbContext>();
        SandboxDbContext.UseSandboxNpgsql(options, Database.ConnectionString);
        return new SandboxDbContext(options.Options);
    }
}
