using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

internal sealed class EfMerchantSettings(CheckoutDbContext db) : IMerchantSettings
{
    public Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken) =>
        db.MerchantSettings.SingleOrDefaultAsync(s => s.Ocid == ocid, cancellationToken);

    public void Add(MerchantSettings settings) => db.MerchantSettings.Add(settings);
}
