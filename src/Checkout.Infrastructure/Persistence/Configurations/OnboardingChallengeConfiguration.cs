using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class OnboardingChallengeConfiguration : IEntityTypeConfiguration<OnboardingChallenge>
{
    public void Configure(EntityTypeBuilder<OnboardingChallenge> builder)
    {
        builder.ToTable("onboarding_challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasConversion(id => id.Value, value => new OnboardingChallengeId(value)).ValueGeneratedNever();
        builder.Property(c => c.UserId).HasColumnName("user_id").HasMaxLength(MerchantClaim.MaxUserIdLength);
        builder.Property(c => c.Ocid).HasColumnName("ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(c => c.Text).HasColumnName("text").HasMaxLength(OnboardingChallenge.MaxTextLength);
        builder.Property(c => c.IssuedAt).HasColumnName("issued_at");
        builder.Property(c => c.ExpiresAt).HasColumnName("expires_at");
        builder.Property(c => c.UsedAt).HasColumnName("used_at");
        // xmin: two answers to one challenge race on it, and only one commits.
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasIndex(c => c.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
