using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>The proofs to or from the merchant's OCIDs, newest first, paged in the database.</summary>
public sealed class MerchantProofQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<MerchantPage<MerchantProofRow>> PageAsync(string userId, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        MerchantPage<MerchantProofRow>.CheckBounds(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owned = MerchantScope.OwnedBy(db, userId);
        var proofs = db.Set<ProofRecord>().AsNoTracking()
            .Where(r => owned.Contains(r.ToOcid) || owned.Any(o => o == r.FromOcid));
        var total = await proofs.CountAsync(cancellationToken);
        var rows = await proofs
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(r => new MerchantProofRow(r.Txid, r.Issuer, r.Direction, r.FromOcid, r.ToOcid, r.ToReference, r.Amount, r.Currency, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return new MerchantPage<MerchantProofRow>(rows, total);
    }
}
