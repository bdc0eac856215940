using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Transfers;

/// <summary>A shopper's own wallet details for the wallet page, each call on its own short-lived context.</summary>
public sealed class ShopperWalletQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<string?> WalletReferenceAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.WalletReference).SingleOrDefaultAsync(cancellationToken);
    }
}
