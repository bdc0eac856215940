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
internal sealed class CachedMerchantSettings(CheckoutDbContext db, ExpiringCache<MerchantSettings> cache) : IMerchantSettings
{
    public Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(ocid, token => db.MerchantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Ocid == ocid, token), cancellationToken);

    public void Add(MerchantSettings settings) => db.MerchantSettings.Add(settings);
}
