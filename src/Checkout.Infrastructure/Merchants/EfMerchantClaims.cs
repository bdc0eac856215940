using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

internal sealed class EfMerchantClaims(CheckoutDbContext db) : IMerchantClaims
{
    public async Task<IReadOnlyList<Ocid>> OwnedByAsync(string userId, CancellationToken cancellationToken) =>
        await db.MerchantClaims.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Ocid).Select(c => c.Ocid).ToListAsync(cancellationToken);

    public Task<bool> OwnsAsync(string userId, Ocid ocid, CancellationToken cancellationToken) =>
        db.MerchantClaims.AnyAsync(c => c.UserId == userId && c.Ocid == ocid, cancellationToken);

    public async Task AddAsync(MerchantClaim claim, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(claim.UserId, claim.Ocid, cancellationToken))
        {
            db.MerchantClaims.Add(claim);
        }
    }
}
