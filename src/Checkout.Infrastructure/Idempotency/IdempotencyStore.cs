using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL: insert first (the primary key decides between concurrent repeats), then fill in the
/// response. A failed first attempt releases its key so the caller can retry.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    public async Task<IdempotencyClaim> ClaimAsync(Ocid caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_records (caller_ocid, key, request_hash, created_at) VALUES ({caller.Value}, {key}, {requestHash}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed);
        }
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleAsync(r => r.CallerOcid == caller.Value && r.Key == key, cancellationToken);
        if (record.RequestHash != requestHash)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Conflict);
        }
        return record.StatusCode is { } status
            ? new IdempotencyClaim(IdempotencyClaimOutcome.Replay, status, record.ResponseBody)
            : new IdempotencyClaim(IdempotencyClaimOutcome.InProgress);
    }

    public async Task CompleteAsync(Ocid caller, string key, int statusCode, byte[] body, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.IdempotencyRecords
            .Where(r => r.CallerOcid == caller.Value && r.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.StatusCode, statusCode).SetProperty(r => r.ResponseBody, body), cancellationToken);
    }

    public async Task ReleaseAsync(Ocid caller, string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IdempotencyRecords.Where(r => r.CallerOcid == caller.Value && r.Key == key).ExecuteDeleteAsync();
    }
}
