using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Partners;

internal sealed class EfPartners(Lazy<CheckoutDbContext> context) : IPartners
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    public async Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) =>
        await Db.Set<Partner>().AsNoTracking().Include(p => p.Holdings).OrderBy(p => p.Ocid).ToListAsync(cancellationToken);

    public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        Db.Set<Partner>().Include(p => p.Holdings).SingleOrDefaultAsync(p => p.Ocid == ocid, cancellationToken);

    public async Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken)
    {
        // xmin is a system column that SELECT * leaves out; EF needs it as the concurrency token. One row per
        // (partner, currency), so there is no lock order to keep.
        var holdings = await Db.Set<PartnerHolding>()
            .FromSql($"SELECT *, xmin FROM partner_holdings WHERE partner_ocid = {partner.Value} AND currency = {currency.Code} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return holdings.SingleOrDefault();
    }

    public void Add(Partner partner) => Db.Set<Partner>().Add(partner);
}
