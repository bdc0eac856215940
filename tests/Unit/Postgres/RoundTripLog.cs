using System.Collections.Concurrent;
using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCharge.Checkout.UnitTests.Postgres;

/// <summary>
/// What a context sent to PostgreSQL, one entry per round trip: a statement or an EF batch, a savepoint, a commit.
/// Npgsql sends BEGIN with the transaction's first statement, so a transaction's start costs no entry of its own.
/// Recorded once executed, so the text is what went out after every other interceptor had its say.
/// </summary>
internal sealed class RoundTripLog : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentQueue<string> _trips = new();

    public IReadOnlyList<string> Trips => [.. _trips];

    public void Clear() => _trips.Clear();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        Record(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Record(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        Record(command, result);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Record("COMMIT");

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Record("SAVEPOINT");

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Record("RELEASE SAVEPOINT");

    private ValueTask<T> Record<T>(DbCommand command, T result)
    {
        // The statement on one line, without EF's tag comments.
        var lines = command.CommandText.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal));
        _trips.Enqueue(string.Join(' ', lines));
        return ValueTask.FromResult(result);
    }

    private Task Record(string trip)
    {
        _trips.Enqueue(trip);
        return Task.CompletedTask;
    }
}
