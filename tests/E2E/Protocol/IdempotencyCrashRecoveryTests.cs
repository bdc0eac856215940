using System.Diagnostics;
using System.Text.Json;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// An <c>Idempotency-Key</c> claimed by a process that is then killed mid-request does not answer 409 for ever: the
/// same request with the same key runs and opens exactly one session (checkout/create claims in its one request
/// transaction, which dies with the connection; an endpoint that claims on its own waits for the claim's lease).
/// </summary>
public sealed class IdempotencyCrashRecoveryTests
{
    private const long Gateway = 700;
    private const long Merchant = 701;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Create_HostKilledBetweenClaimAndCompletion_SameKeySucceedsAfterRestartWithOneSession()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var gateway = await TestPeer.StartAsync(Gateway);
        await using var merchant = await TestPeer.StartAsync(Merchant);
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            [$"Opencharge:Registry:Peers:{Gateway}"] = gateway.Endpoint,
            [$"Opencharge:Registry:Peers:{Merchant}"] = merchant.Endpoint,
            ["Opencharge:Idempotency:LeaseSeconds"] = "2",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var order = TestOrders.Order(Merchant, [Gateway]);
        var body = TestOrders.CheckoutCreateBody(order, merchant.SignOrder(order), Merchant, "https://merchant.example/ok", "https://merchant.example/cancel");
        var key = "crash-" + Guid.NewGuid().ToString("N");

        // Holding the sessions table stops the request inside the use case, after its key was claimed. checkout/create
        // claims in its one request transaction (OneCommitAttribute), so the claim is not visible from here: the
        // session INSERT waiting on the lock is what shows the request got that far.
        await using (var holder = new NpgsqlConnection(database.ConnectionString))
        {
            await holder.OpenAsync();
            await using var hold = await holder.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE checkout_sessions IN EXCLUSIVE MODE", holder, hold))
            {
                await lockTable.ExecuteNonQueryAsync();
            }
            var inFlight = http.SendAsync(Create(gateway, host, body, key));
            await WaitUntilAsync(async () =>
                await ScalarAsync(database, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO checkout_sessions%'") == 1);

            host.Kill();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => inFlight);
            await hold.RollbackAsync();
        }
        await host.RestartAsync();

        using var response = await http.SendAsync(Create(gateway, host, body, key));

        var answer = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 200, $"expected 200, got {(int)response.StatusCode} {answer}");
        using var document = JsonDocument.Parse(answer);
        var sessionId = document.RootElement.GetProperty("session_id").GetString();
        Assert.Equal(1, await ScalarAsync(database, $"SELECT COUNT(*) FROM checkout_sessions WHERE order_id = '{order["id"]}'"));
        Assert.Equal(1, await ScalarAsync(database, $"SELECT COUNT(*) FROM idempotency_records WHERE key = '{key}' AND status_code = 200"));
        using var replay = await http.SendAsync(Create(gateway, host, body, key));
        Assert.Equal(answer, await replay.Content.ReadAsStringAsync());
        Assert.StartsWith("sess_", sessionId);
    }

    private static HttpRequestMessage Create(TestPeer gateway, CheckoutHost host, string body, string key)
    {
        var request = gateway.Request(HttpMethod.Post, host.BaseUrl + "/opencharge/checkout/create", body).Build();
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Waits for a state the app reaches by itself; fails after a generous limit.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, "The condition did not hold within " + Patience);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
