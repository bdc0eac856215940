using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// The OCIDs a portal user has claimed, as a sub-query: every merchant read filters by it inside the same SQL, so no
/// row of another OCID ever leaves the database.
/// </summary>
internal static class MerchantScope
{
    public static IQueryable<Ocid> OwnedBy(CheckoutDbContext db, string userId) =>
        db.MerchantClaims.Where(c => c.UserId == userId).Select(c => c.Ocid);
}
