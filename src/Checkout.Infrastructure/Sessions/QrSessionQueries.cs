using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>Reads a shopper's wallet QR sessions for display, each call on its own short-lived context.</summary>
public sealed class QrSessionQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    /// <summary>The session, if it is this shopper's: nobody else learns that it exists.</summary>
    public async Task<QrSessionView?> FindAsync(QrSessionId id, string shopperUserId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.QrSessions.AsNoTracking()
            .Where(s => s.Id == id && s.ShopperUserId == shopperUserId)
            .Select(s => new QrSessionView(s.Id, s.ShortCode, s.Status, s.ExpiresAt) { CheckoutSessionId = s.CheckoutSessionId })
            .SingleOrDefaultAsync(cancellationToken);
    }
}
