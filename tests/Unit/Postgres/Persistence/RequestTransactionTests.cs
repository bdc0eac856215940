using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Persistence;

/// <summary>
/// Issue 11's one commit per request: the nonce, the idempotency record and the use case's writes go into the
/// request's transaction and count only if it commits.
/// </summary>
public sealed class RequestTransactionTests : IAsyncLifetime
{
    private static readonly Ocid Caller = new(700);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private PostgresDatabase? _database;
    private PooledDbContextFactory<CheckoutDbContext>? _contexts;

    private PostgresDatabase Database => _database!;

    private PooledDbContextFactory<CheckoutDbContext> Contexts => _contexts!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _contexts = new PooledDbContextFactory<CheckoutDbContext>(
            new DbContextOptionsBuilder<CheckoutDbContext>().UseNpgsql(_database.ConnectionString).Options);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task TryRecordAsync_InRolledBackRequestTransaction_LeavesTheNonceUnspent()
    {
        var nonces = new PostgresNonceStore(Contexts);
        await using var db = Database.NewContext();
        var request = new RequestTransaction(new(() => db));
        request.Open();
        Assert.True(await nonces.TryRecordAsync(Caller, "req_1", _time.GetUtcNow(), request, CancellationToken.None));

        await request.RollbackAsync();

        Assert.True(await nonces.TryRecordAsync(Caller, "req_1", _time.GetUtcNow(), within: null, CancellationToken.None));
    }

    [Fact]
    public async Task TryRecordAsync_InCommittedRequestTransaction_RefusesTheNonceAfterwards()
    {
        var nonces = new PostgresNonceStore(Contexts);
        await using var db = Database.NewContext();
        var request = new RequestTransaction(new(() => db));
        request.Open();
        await nonces.TryRecordAsync(Caller, "req_1", _time.GetUtcNow(), request, CancellationToken.None);

        await request.CommitAsync(CancellationToken.None);

        Assert.False(await nonces.TryRecordAsync(Caller, "req_1", _time.GetUtcNow(), within: null, CancellationToken.None));
    }

    [Fact]
    public async Task UnitOfWork_WhileRequestTransactionOpen_WritesNothingVisibleUntilTheRequestCommits()
    {
        await using var db = Database.NewContext();
        var request = new RequestTransaction(new(() => db));
        request.Open();
        var unitOfWork = new EfUnitOfWork(new(() => db), request, new InPlaceCredits(), new DeliverySignal(), new SettlementSignal());
        await using (var scope = await unitOfWork.BeginAsync(CancellationToken.None))
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { CallerOcid = Caller.Value, Key = "key-1", RequestHash = "hash", CreatedAt = _time.GetUtcNow() });
            await scope.CommitAsync(CancellationToken.None);
        }
        var beforeRequestCommit = await CountRecordsAsync();

        await request.CommitAsync(CancellationToken.None);

        Assert.Equal((0, 1), (beforeRequestCommit, await CountRecordsAsync()));
    }

    [Fact]
    public async Task ClaimAsync_RepeatWhileFirstRequestTransactionOpen_ReplaysWhatItCommitted()
    {
        var store = new IdempotencyStore(Contexts, Options.Create(new OpenchargeOptions()), _time);
        await using var db = Database.NewContext();
        var request = new RequestTransaction(new(() => db));
        request.Open();
        var first = await store.Within(request).ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        await store.Within(request).CompleteAsync(Caller, "key-1", first.Token, 200, "{\"session_id\":\"sess_1\"}"u8.ToArray(), CancellationToken.None);

        var repeat = store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        await request.CommitAsync(CancellationToken.None);

        var replay = await repeat;
        Assert.Equal((IdempotencyClaimOutcome.Replay, 200, "{\"session_id\":\"sess_1\"}"), (replay.Outcome, replay.StatusCode, System.Text.Encoding.UTF8.GetString(replay.Body!)));
    }

    private async Task<int> CountRecordsAsync()
    {
        await using var db = Database.NewContext();
        return await db.IdempotencyRecords.CountAsync();
    }
}
