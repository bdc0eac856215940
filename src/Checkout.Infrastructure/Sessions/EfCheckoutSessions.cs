using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

internal sealed class EfCheckoutSessions(CheckoutDbContext db) : ICheckoutSessions
{
    public async Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken)
    {
        // Lock the row, then load it through the normal mapping: FromSql cannot map the Total complex type's columns
        // (EF looks for "Total_Currency") and SELECT * leaves out xmin. The lock lasts until the transaction ends.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM checkout_sessions WHERE id = {id.Value} FOR UPDATE", cancellationToken);
        return await db.CheckoutSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken) =>
        db.CheckoutSessions
            .Where(s => s.MerchantGatewayOcid == merchantGateway && s.MerchantOcid == merchant && s.OrderId == orderId)
            .Where(s => s.Status == SessionStatus.Open || s.Status == SessionStatus.Paid)
            .SingleOrDefaultAsync(cancellationToken);

    public void Add(CheckoutSession session) => db.CheckoutSessions.Add(session);
}
