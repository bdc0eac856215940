using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// The replay store: the primary key (ocid, nonce) decides atomically, so two concurrent uses of one nonce cannot
/// both pass, whichever process receives them. Inside a request transaction a concurrent use of the same nonce waits
/// on the key until the first transaction ends, then conflicts if it committed.
/// </summary>
internal sealed class PostgresNonceStore(IDbContextFactory<CheckoutDbContext> contexts) : INonceStore
{
    /// <summary>Twice the timestamp tolerance: a nonce older than this cannot come with an acceptable timestamp.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromSeconds(2 * RequestAuthenticator.TimestampToleranceSeconds);

    public async Task<bool> TryRecordAsync(Ocid ocid, string nonce, DateTimeOffset now, RequestTransaction? within, CancellationToken cancellationToken)
    {
        await using var lease = await ContextLease.TakeAsync(contexts, within, cancellationToken);
        var inserted = await lease.Context.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO seen_nonces (ocid, nonce, seen_at) VALUES ({ocid.Value}, {nonce}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }

    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - Retention;
        return await db.SeenNonces.Where(n => n.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
