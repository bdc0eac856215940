using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

internal sealed class EfMerchantSettings(CheckoutDbContext db) : IMerchantSettings
{
    // Compiled once: every order intake (checkout/create, QR orders) reads the merchant's settings.
    private static readonly Func<CheckoutDbContext, Ocid, CancellationToken, Task<MerchantSettings?>> ByOcid =
        EF.CompileAsyncQuery((CheckoutDbContext db, Ocid ocid, CancellationToken _) => db.MerchantSettings.SingleOrDefault(s => s.Ocid == ocid));

    public Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken) => ByOcid(db, ocid, cancellationToken);

    public void Add(MerchantSettings settings) => db.MerchantSettings.Add(settings);
}
