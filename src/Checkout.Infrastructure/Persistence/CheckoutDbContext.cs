using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

public sealed class CheckoutDbContext(DbContextOptions<CheckoutDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    internal DbSet<SeenNonce> SeenNonces => Set<SeenNonce>();

    internal DbSet<SealedSecret> SealedSecrets => Set<SealedSecret>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CheckoutDbContext).Assembly);
    }
}
