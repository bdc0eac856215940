using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

internal sealed class EfQrSessions(Lazy<CheckoutDbContext> context) : IQrSessions
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    public async Task<QrSession?> LockAsync(QrSessionId id, CancellationToken cancellationToken)
    {
        // As EfCheckoutSessions.LockAsync: lock the row, then load it through the mapping (with xmin).
        await Db.Database.ExecuteSqlAsync($"SELECT 1 FROM qr_sessions WHERE id = {id.Value} FOR UPDATE", cancellationToken);
        return await Db.QrSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<QrSession?> FindAsync(string idOrShortCode, CancellationToken cancellationToken)
    {
        if (QrSessionId.TryParse(idOrShortCode, out var id))
        {
            return await Db.QrSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        }
        if (QrShortCode.TryParse(idOrShortCode, out var code))
        {
            return await Db.QrSessions.AsNoTracking().SingleOrDefaultAsync(s => s.ShortCode == code, cancellationToken);
        }
        return null;
    }

    public async Task<IReadOnlyList<QrSession>> LockPendingAsync(string shopperUserId, CancellationToken cancellationToken)
    {
        // A transaction-scoped lock on the shopper, not only on the rows: two refreshes that find no pending row
        // would otherwise both insert one. Released when the unit of work ends.
        await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('qr_session:' || {shopperUserId}))", cancellationToken);
        return await Db.QrSessions.Where(s => s.ShopperUserId == shopperUserId && s.Status == QrSessionStatus.Pending).ToListAsync(cancellationToken);
    }

    public Task<QrSession?> FindByCheckoutSessionAsync(SessionId checkoutSession, CancellationToken cancellationToken) =>
        Db.QrSessions.SingleOrDefaultAsync(s => s.CheckoutSessionId == checkoutSession, cancellationToken);

    public void Add(QrSession session) => Db.QrSessions.Add(session);
}
