using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL: insert first (the primary key decides between concurrent repeats), then fill in the
/// response. A claim is a lease: once it has run out without a response, the next repeat takes the key over, so a
/// process killed mid-request never leaves a key answering 409 for ever. A failed attempt releases its key.
/// <see cref="Within"/> writes in a request's transaction instead: the claim then commits with the work and its response,
/// so no one ever sees it in progress; a concurrent repeat waits on the key and replays what the first committed.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<CheckoutDbContext> contexts, IOptions<OpenchargeOptions> options, TimeProvider time)
{
    private RequestTransaction? _transaction;

    /// <summary>How long a key and its response are kept (Stripe keeps them 24 h too).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>This store writing in <paramref name="transaction"/> while it is open.</summary>
    public IdempotencyStore Within(RequestTransaction transaction) => new(contexts, options, time) { _transaction = transaction };

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.Idempotency.LeaseSeconds);

    public async Task<IdempotencyClaim> ClaimAsync(Ocid caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var lease = await ContextLease.TakeAsync(contexts, _transaction, cancellationToken);
        var db = lease.Context;
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        var leaseEnd = now + Lease;
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_records (caller_ocid, key, request_hash, created_at, claim_token, lease_expires_at)
            VALUES ({caller.Value}, {key}, {requestHash}, {now}, {token}, {leaseEnd}) ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, token);
        }

        // Concurrent takeovers queue on the row lock; each later one re-reads the row, sees the renewed lease and
        // updates nothing, so exactly one repeat becomes the new holder.
        var takenOver = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE idempotency_records SET claim_token = {token}, lease_expires_at = {leaseEnd}
            WHERE caller_ocid = {caller.Value} AND key = {key} AND request_hash = {requestHash}
              AND status_code IS NULL AND lease_expires_at <= {now}
            """,
            cancellationToken);
        if (takenOver == 1)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, token);
        }

        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.CallerOcid == caller.Value && r.Key == key, cancellationToken);
        if (record is null)
        {
            // Released or pruned between our insert and our read: start over as a first use.
            return await ClaimAsync(caller, key, requestHash, cancellationToken);
        }
        if (record.RequestHash != requestHash)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Conflict);
        }
        return record.StatusCode is { } status
            ? new IdempotencyClaim(IdempotencyClaimOutcome.Replay, StatusCode: status, Body: record.ResponseBody)
            : new IdempotencyClaim(IdempotencyClaimOutcome.InProgress);
    }

    /// <summary>Stores the response; a holder whose lease was taken over stores nothing (the new holder answers).</summary>
    public async Task<bool> CompleteAsync(Ocid caller, string key, Guid token, int statusCode, byte[] body, CancellationToken cancellationToken)
    {
        await using var lease = await ContextLease.TakeAsync(contexts, _transaction, cancellationToken);
        var updated = await lease.Context.IdempotencyRecords
            .Where(r => r.CallerOcid == caller.Value && r.Key == key && r.ClaimToken == token && r.StatusCode == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.StatusCode, statusCode).SetProperty(r => r.ResponseBody, body), cancellationToken);
        return updated == 1;
    }

    public async Task ReleaseAsync(Ocid caller, string key, Guid token)
    {
        await using var lease = await ContextLease.TakeAsync(contexts, _transaction, CancellationToken.None);
        await lease.Context.IdempotencyRecords
            .Where(r => r.CallerOcid == caller.Value && r.Key == key && r.ClaimToken == token && r.StatusCode == null)
            .ExecuteDeleteAsync();
    }

    /// <summary>Forgets keys first used more than <see cref="Retention"/> before <paramref name="now"/>.</summary>
    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - Retention;
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
