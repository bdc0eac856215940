using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class MerchantClaimConfiguration : IEntityTypeConfiguration<MerchantClaim>
{
    public void Configure(EntityTypeBuilder<MerchantClaim> builder)
    {
        builder.ToTable("merchant_claims");
        builder.HasKey(c => new { c.Ocid, c.UserId });
        builder.Property(c => c.Ocid).HasColumnName("ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(c => c.UserId).HasColumnName("user_id").HasMaxLength(MerchantClaim.MaxUserIdLength);
        builder.Property(c => c.ClaimedAt).HasColumnName("claimed_at");
        builder.HasIndex(c => c.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
