using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// A merchant's checkout branding for display, read with its own short-lived context on every page load, so a saved
/// change shows on the next checkout and a long-lived circuit holds no context.
/// </summary>
public sealed class MerchantBrandingQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<MerchantSettings?> FindAsync(Ocid merchant, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MerchantSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Ocid == merchant, cancellationToken);
    }
}
