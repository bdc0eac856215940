using System.Diagnostics;
using System.Globalization;

using Npgsql;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>
/// P5: a backlog of queued proofs drained to <see cref="BenchOptions.Receivers"/> receivers, the last of them
/// black-holed. Prints proofs/s to the healthy receivers, their attempt latency while the dead one is retried, and the
/// dead receiver's share of all attempts beside its share of the proofs.
/// </summary>
internal sealed class DrainBenchmark(BenchOptions options)
{
    private const long FirstReceiver = 9810;

    public async Task<int> RunAsync()
    {
        var healthy = new List<WebhookReceiver>();
        await using var dead = new BlackHole(FirstReceiver + options.Receivers - 1);
        try
        {
            for (var i = 0; i < options.Receivers - 1; i++)
            {
                healthy.Add(await WebhookReceiver.StartAsync(FirstReceiver + i));
            }
            var endpoints = healthy.ToDictionary(r => r.Ocid, r => r.Endpoint);
            endpoints[dead.Ocid] = dead.Endpoint;
            await using var gateway = await OutboxGateway.CreateAsync(options.ConnectionString, endpoints);

            var queued = Stopwatch.StartNew();
            await QueueAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"queued {options.Proofs} proofs to {options.Receivers} receivers ({dead.Ocid} black-holed) in {queued.Elapsed.TotalSeconds:0.0} s"));

            var healthyProofs = options.Proofs - DeadShareOf(options.Proofs);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var drain = Stopwatch.StartNew();
            await gateway.StartAsync();
            while (healthy.Sum(r => r.Received) < healthyProofs && drain.Elapsed < options.TimeLimit)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }
            var elapsed = drain.Elapsed;
            var delivered = healthy.Sum(r => r.Received);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            await gateway.DisposeAsync();

            await ReportAsync(new DrainResult(delivered, healthyProofs, elapsed, cpu), dead);
            return delivered >= healthyProofs ? 0 : 1;
        }
        finally
        {
            foreach (var receiver in healthy)
            {
                await receiver.DisposeAsync();
            }
        }
    }

    // Proof i goes to receiver i mod n, so the dead receiver's proofs are spread through the whole queue.
    private int DeadShareOf(int proofs) => (proofs + 1) / options.Receivers;

    private async Task QueueAsync()
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO webhook_deliveries (id, target_ocid, path, payload, issuer, txid, status, attempt_count,
                                            created_at, next_attempt_at, window_started_at)
            SELECT gen_random_uuid(), @first + i % @receivers, '/transfer/webhook',
                   json_build_object('proof', json_build_object('txid', 'tx_drain_' || i, 'issuer', @issuer), 'signature', '00')::text,
                   @issuer, 'tx_drain_' || i, 'Pending', 0, now(), now(), now()
            FROM generate_series(1, @proofs) AS i
            """, connection);
        insert.Parameters.AddWithValue("first", FirstReceiver);
        insert.Parameters.AddWithValue("receivers", (long)options.Receivers);
        insert.Parameters.AddWithValue("issuer", OutboxGateway.Ocid);
        insert.Parameters.AddWithValue("proofs", options.Proofs);
        insert.CommandTimeout = 300;
        await insert.ExecuteNonQueryAsync();

        // A production outbox has statistics; a table filled in one statement has none until autovacuum comes by
        // (tens of seconds), and until then every claim bitmap-scans and sorts the whole queue instead of reading the
        // first rows of the (next_attempt_at, id) index: that would measure the missing statistics, not the drain.
        await using var analyze = new NpgsqlCommand("ANALYZE webhook_deliveries", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private sealed record DrainResult(int Delivered, int HealthyProofs, TimeSpan Elapsed, TimeSpan Cpu);

    private async Task ReportAsync(DrainResult drain, BlackHole dead)
    {
        var (delivered, healthyProofs, elapsed, cpu) = drain;
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var attempts = new NpgsqlCommand("""
            SELECT d.target_ocid = @dead, count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY a.latency_ms),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY a.latency_ms)
            FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
            GROUP BY 1
            """, connection);
        attempts.Parameters.AddWithValue("dead", dead.Ocid);
        var byReceiver = new Dictionary<bool, (long Count, double P50, double P99)>();
        await using (var reader = await attempts.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                byReceiver[reader.GetBoolean(0)] = (reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3));
            }
        }
        var healthyAttempts = byReceiver.GetValueOrDefault(false);
        var deadAttempts = byReceiver.GetValueOrDefault(true);
        var allAttempts = Math.Max(1, healthyAttempts.Count + deadAttempts.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            === P5: drain {options.Proofs} queued proofs to {options.Receivers} receivers, one black-holed ===
              delivered to healthy receivers  {delivered} of {healthyProofs} in {elapsed.TotalSeconds:0.00} s = {delivered / elapsed.TotalSeconds:0} proofs/s
              healthy attempt latency        p50 {healthyAttempts.P50:0} ms   p99 {healthyAttempts.P99:0} ms   ({healthyAttempts.Count} attempts)
              CPU of this process             {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores, {cpu.TotalMilliseconds / Math.Max(1, delivered):0.00} ms per delivered proof (gateway and receivers; PostgreSQL not counted)
              dead receiver                   {deadAttempts.Count} attempts = {100.0 * deadAttempts.Count / allAttempts:0.00} % of all attempts (its share of proofs: {100.0 / options.Receivers:0.0} %), {dead.Connections} connections held open
            """));
    }
}
