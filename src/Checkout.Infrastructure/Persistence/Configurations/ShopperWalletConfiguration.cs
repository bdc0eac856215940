using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

/// <summary>The user's wallet reference (<see cref="WalletReference"/>): unique, as peers credit wallets by it.</summary>
internal sealed class ShopperWalletConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.WalletReference).HasColumnName("wallet_reference").HasMaxLength(WalletReference.Length);
        builder.HasIndex(u => u.WalletReference).IsUnique();
    }
}
