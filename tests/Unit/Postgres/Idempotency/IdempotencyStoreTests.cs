using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.UnitTests.Postgres.Idempotency;

public sealed class IdempotencyStoreTests : IAsyncLifetime
{
    private const int LeaseSeconds = 60;
    private static readonly Ocid Caller = new(700);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private PostgresDatabase? _database;
    private IdempotencyStore? _store;

    private IdempotencyStore Store => _store!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var contexts = new PooledDbContextFactory<CheckoutDbContext>(
            new DbContextOptionsBuilder<CheckoutDbContext>().UseNpgsql(_database.ConnectionString).Options);
        var options = Options.Create(new OpenchargeOptions { Idempotency = new IdempotencyOptions { LeaseSeconds = LeaseSeconds } });
        _store = new IdempotencyStore(contexts, options, _time);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Claim_WhileFirstHolderLeaseRuns_ReturnsInProgress()
    {
        await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds - 1));

        var repeat = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);

        Assert.Equal(IdempotencyClaimOutcome.InProgress, repeat.Outcome);
    }

    [Fact]
    public async Task Claim_AfterLeaseExpiredWithConcurrentRepeats_ExactlyOneTakesOver()
    {
        var first = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds));

        var repeats = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None))));

        var taker = Assert.Single(repeats, r => r.Outcome == IdempotencyClaimOutcome.Claimed);
        Assert.NotEqual(first.Token, taker.Token);
        Assert.All(repeats.Where(r => r != taker), r => Assert.Equal(IdempotencyClaimOutcome.InProgress, r.Outcome));
    }

    [Fact]
    public async Task Claim_AfterLeaseExpiredWithAnotherRequest_ReturnsConflict()
    {
        await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds + 1));

        var other = await Store.ClaimAsync(Caller, "key-1", "other-hash", CancellationToken.None);

        Assert.Equal(IdempotencyClaimOutcome.Conflict, other.Outcome);
    }

    [Fact]
    public async Task Complete_ByHolderWhoseClaimWasTakenOver_StoresNothingAndNewHolderAnswers()
    {
        var stale = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds + 1));
        var current = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);

        var staleStored = await Store.CompleteAsync(Caller, "key-1", stale.Token, 200, "{\"from\":\"stale\"}"u8.ToArray(), CancellationToken.None);
        var currentStored = await Store.CompleteAsync(Caller, "key-1", current.Token, 200, "{\"from\":\"current\"}"u8.ToArray(), CancellationToken.None);
        var replay = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);

        Assert.False(staleStored);
        Assert.True(currentStored);
        Assert.Equal(IdempotencyClaimOutcome.Replay, replay.Outcome);
        Assert.Equal("{\"from\":\"current\"}"u8.ToArray(), replay.Body);
    }

    [Fact]
    public async Task Release_ByHolderWhoseClaimWasTakenOver_LeavesNewHolderClaim()
    {
        var stale = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds + 1));
        await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);

        await Store.ReleaseAsync(Caller, "key-1", stale.Token);
        var repeat = await Store.ClaimAsync(Caller, "key-1", "hash", CancellationToken.None);

        Assert.Equal(IdempotencyClaimOutcome.InProgress, repeat.Outcome);
    }

    [Fact]
    public async Task Prune_RecordsOlderThan24Hours_RemovesThemAndKeepsNewerOnes()
    {
        var old = await Store.ClaimAsync(Caller, "old", "hash", CancellationToken.None);
        await Store.CompleteAsync(Caller, "old", old.Token, 200, "{}"u8.ToArray(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));
        var recent = await Store.ClaimAsync(Caller, "recent", "hash", CancellationToken.None);
        await Store.CompleteAsync(Caller, "recent", recent.Token, 200, "{}"u8.ToArray(), CancellationToken.None);
        _time.Advance(IdempotencyStore.Retention - TimeSpan.FromHours(1));

        var pruned = await Store.PruneAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(IdempotencyClaimOutcome.Claimed, (await Store.ClaimAsync(Caller, "old", "other-hash", CancellationToken.None)).Outcome);
        Assert.Equal(IdempotencyClaimOutcome.Replay, (await Store.ClaimAsync(Caller, "recent", "hash", CancellationToken.None)).Outcome);
    }
}
