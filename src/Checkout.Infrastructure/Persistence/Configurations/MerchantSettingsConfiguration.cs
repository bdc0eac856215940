using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class MerchantSettingsConfiguration : IEntityTypeConfiguration<MerchantSettings>
{
    public void Configure(EntityTypeBuilder<MerchantSettings> builder)
    {
        builder.ToTable("merchant_settings");
        builder.HasKey(s => s.Ocid);
        builder.Property(s => s.Ocid).HasColumnName("ocid").HasConversion(DomainConverters.Ocid).ValueGeneratedNever();
        builder.Property(s => s.DisplayName).HasColumnName("display_name").HasMaxLength(MerchantSettingsRules.MaxDisplayNameLength);
        builder.Property(s => s.LogoUrl).HasColumnName("logo_url").HasMaxLength(RedirectUrls.MaxUrlLength);
        builder.Property(s => s.AccentColour).HasColumnName("accent_colour").HasMaxLength(7);
        builder.Property(s => s.SuccessUrl).HasColumnName("success_url").HasMaxLength(RedirectUrls.MaxUrlLength);
        builder.Property(s => s.CancelUrl).HasColumnName("cancel_url").HasMaxLength(RedirectUrls.MaxUrlLength);
        builder.Property(s => s.AlwaysUseMyUrls).HasColumnName("always_use_my_urls");
        builder.Property(s => s.RedirectHosts).HasColumnName("redirect_hosts").HasConversion(
            hosts => hosts.ToArray(),
            values => values,
            ListComparers.ByItems<string>());
        builder.Property(s => s.SessionTtl).HasColumnName("session_ttl");
        builder.Property(s => s.SandboxMode).HasColumnName("sandbox_mode");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.Version).IsRowVersion();
    }
}
