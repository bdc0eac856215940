using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// A fresh migrated database per test, a fake clock, and the peers and gateway processes a test starts, all torn down
/// after it. <see cref="Guard"/> only ends a hung test; no assertion depends on how long anything took.
/// </summary>
public abstract class DispatcherTest : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(2));
    private PostgresDatabase? _database;

    internal FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    internal PostgresDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    protected CancellationToken Guard => _guard.Token;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        // Gateways first, so their open calls end before the peers they call stop.
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _guard.Dispose();
    }

    internal async Task<ReceiverPeer> PeerAsync(long ocid, Func<Microsoft.AspNetCore.Http.HttpContext, Task> answer, int port = 0, byte[]? key = null)
    {
        var peer = await ReceiverPeer.StartAsync(ocid, answer, Time, port, key);
        _owned.Insert(0, peer);
        return peer;
    }

    internal async Task<GatewayHost> GatewayAsync(IEnumerable<ReceiverPeer> peers, bool dispatch = true, DispatchSettings? settings = null)
    {
        var gateway = await GatewayHost.StartAsync(Database, Time, peers, dispatch, settings);
        _owned.Add(gateway);
        return gateway;
    }
}
