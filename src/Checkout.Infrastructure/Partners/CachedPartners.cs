using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Caching;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Partners;

/// <summary>
/// The partners order intake reads on every order (redirect hosts, proof addressing), from
/// <see cref="ExpiringCache{TValue}"/>: shared, untracked and read-only. They come without their holdings, whose
/// balances move with every payment; everything else goes to <see cref="EfPartners"/>.
/// </summary>
internal sealed class CachedPartners(EfPartners partners, Lazy<CheckoutDbContext> context, ExpiringCache<Partner> cache) : IPartners
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(ocid, token => Db.Set<Partner>().AsNoTracking().SingleOrDefaultAsync(p => p.Ocid == ocid, token), cancellationToken);

    public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) => partners.ListAsync(cancellationToken);

    public Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken) =>
        partners.LockHoldingAsync(partner, currency, cancellationToken);

    public void Add(Partner partner) => partners.Add(partner);
}
