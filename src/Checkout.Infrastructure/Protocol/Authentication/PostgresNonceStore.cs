using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// The replay store: the primary key (ocid, nonce) decides atomically, so two concurrent uses of one nonce cannot
/// both pass, whichever process receives them. Inside a request transaction the nonce is written with the request's
/// first write (<see cref="PendingNonce"/>); a concurrent use of the same nonce waits on the key until the first
/// transaction ends, then conflicts if it committed.
/// </summary>
internal sealed class PostgresNonceStore(IDbContextFactory<CheckoutDbContext> contexts) : INonceStore
{
    /// <summary>Twice the timestamp tolerance: a nonce older than this cannot come with an acceptable timestamp.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromSeconds(2 * RequestAuthenticator.TimestampToleranceSeconds);

    public async Task<bool> TryRecordAsync(Ocid ocid, string nonce, DateTimeOffset now, RequestTransaction? within, CancellationToken cancellationToken)
    {
        var pending = new PendingNonce(ocid, nonce, now);
        if (within is { IsOpen: true })
        {
            within.Defer(pending);
            return true;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await pending.RecordAsync(db, cancellationToken);
    }

    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - Retention;
        return await db.SeenNonces.Where(n => n.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
