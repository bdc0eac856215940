using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Caching;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// The merchant settings order intake reads on every order, from <see cref="ExpiringCache{TValue}"/>: shared, untracked
/// and read-only, so only the intake gets them (the portal changes settings through <see cref="EfMerchantSettings"/>).
/// </summary>
internal sealed class CachedMerchantSettings(Lazy<CheckoutDbContext> context, ExpiringCache<MerchantSettings> cache) : IMerchantSettings
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    public Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(ocid, token => Db.MerchantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Ocid == ocid, token), cancellationToken);

    public void Add(MerchantSettings settings) => Db.MerchantSettings.Add(settings);
}
