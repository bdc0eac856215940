using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Partners;

internal sealed class EfPartners(CheckoutDbContext db) : IPartners
{
    public async Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<Partner>().AsNoTracking().Include(p => p.Holdings).OrderBy(p => p.Ocid).ToListAsync(cancellationToken);

    public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        db.Set<Partner>().Include(p => p.Holdings).SingleOrDefaultAsync(p => p.Ocid == ocid, cancellationToken);

    public async Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken)
    {
        // xmin is a system column that SELECT * leaves out; EF needs it as the concurrency token. One row per
        // (partner, currency), so there is no lock order to keep.
        var holdings = await db.Set<PartnerHolding>()
            .FromSql($"SELECT *, xmin FROM partner_holdings WHERE partner_ocid = {partner.Value} AND currency = {currency.Code} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return holdings.SingleOrDefault();
    }

    public void Add(Partner partner) => db.Set<Partner>().Add(partner);
}
