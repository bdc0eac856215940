using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>Self-service sign-up: the account and its Shopper role are saved together or not at all.</summary>
public sealed class ShopperRegistration(CheckoutDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<IdentityResult> RegisterAsync(ApplicationUser shopper, string password, CancellationToken cancellationToken = default)
    {
        // The user store shares this scoped context, so both saves below run inside this transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(shopper, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var inRole = await users.AddToRoleAsync(shopper, Roles.Shopper);
        if (!inRole.Succeeded)
        {
            return inRole;
        }

        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }
}
