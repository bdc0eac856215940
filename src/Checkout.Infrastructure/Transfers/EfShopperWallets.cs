using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Transfers;

internal sealed class EfShopperWallets(CheckoutDbContext db) : IShopperWallets
{
    public Task<string?> FindUserIdAsync(string walletReference, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.WalletReference == walletReference).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
}
