using System.Diagnostics;
using System.Globalization;

using Npgsql;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// The database's own speed for the same shape of work, measured in the same run: as many clients as wallets, each
/// committing "debit my row, credit the one shared row" as one transaction, through the same pool size. Nothing of
/// the gateway runs, so this is the ceiling a payment into one merchant can approach.
/// </summary>
internal sealed class HotRowReference(BenchDatabase database, PayLoadOptions options)
{
    public async Task<PhaseResult> RunAsync()
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var setup = source.CreateCommand(
            $"CREATE TABLE reference_balances (id int PRIMARY KEY, balance bigint NOT NULL); INSERT INTO reference_balances SELECT g, 0 FROM generate_series(0, {options.Wallets}) g"))
        {
            await setup.ExecuteNonQueryAsync();
        }

        var latencies = new Latencies();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, options.Wallets).Select(wallet => Task.Run(async () =>
        {
            for (var n = 0; n < options.PaymentsPerWallet && !deadline.IsCancellationRequested; n++)
            {
                await latencies.TimeAsync(() => MoveAsync(source, wallet));
            }
        })));
        clock.Stop();

        var rate = latencies.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference, PostgreSQL only (debit own row + credit one shared row, one commit): {latencies.Count} in {clock.Elapsed.TotalSeconds:0.0} s = {rate:0} commits/s, p50 {latencies.Percentile(50):0.0} ms, p99 {latencies.Percentile(99):0.0} ms"));
        return new PhaseResult(rate, true);
    }

    private static async Task<int> MoveAsync(NpgsqlDataSource source, int wallet)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("UPDATE reference_balances SET balance = balance - 1 WHERE id = $1") { Parameters = { new() { Value = wallet } } },
                new NpgsqlBatchCommand("UPDATE reference_balances SET balance = balance + 1 WHERE id = 0"),
            },
        };
        var moved = await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return moved;
    }
}
