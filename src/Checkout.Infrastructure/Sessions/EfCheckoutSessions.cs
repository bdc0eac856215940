using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

internal sealed class EfCheckoutSessions(CheckoutDbContext db) : ICheckoutSessions
{
    public Task<CheckoutSession?> FindAsync(SessionId id, CancellationToken cancellationToken) =>
        db.CheckoutSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken) =>
        db.CheckoutSessions
            .FromSql($"SELECT * FROM checkout_sessions WHERE id = {id.Value} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    public Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken) =>
        db.CheckoutSessions
            .Where(s => s.MerchantGatewayOcid == merchantGateway && s.MerchantOcid == merchant && s.OrderId == orderId)
            .Where(s => s.Status == SessionStatus.Open || s.Status == SessionStatus.Paid)
            .SingleOrDefaultAsync(cancellationToken);

    public void Add(CheckoutSession session) => db.CheckoutSessions.Add(session);
}
