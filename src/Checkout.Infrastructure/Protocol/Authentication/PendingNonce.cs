using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// A verified request's nonce, not yet written: inside a <see cref="RequestTransaction"/> it goes to PostgreSQL with the
/// request's first write (issue 11: no round trip of its own), or on its own at the commit if the request wrote nothing.
/// </summary>
public sealed record PendingNonce(Ocid Ocid, string Nonce, DateTimeOffset SeenAt)
{
    /// <summary>Inserts the row; false when this OCID already used the nonce (a replay).</summary>
    internal async Task<bool> RecordAsync(CheckoutDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO seen_nonces (ocid, nonce, seen_at) VALUES ({Ocid.Value}, {Nonce}, {SeenAt}) ON CONFLICT DO NOTHING",
            cancellationToken) == 1;
}
