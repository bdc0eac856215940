using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class QrSessionConfiguration : IEntityTypeConfiguration<QrSession>
{
    public void Configure(EntityTypeBuilder<QrSession> builder)
    {
        builder.ToTable("qr_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").HasConversion(DomainConverters.QrSessionId).HasMaxLength(QrSessionId.Length);
        builder.Property(s => s.ShortCode).HasColumnName("short_code").HasConversion(DomainConverters.QrShortCode).HasMaxLength(QrShortCode.Length);
        builder.Property(s => s.ShopperUserId).HasColumnName("shopper_user_id").HasMaxLength(QrSession.MaxUserIdLength);
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.ExpiresAt).HasColumnName("expires_at");
        builder.Property(s => s.MerchantOcid).HasColumnName("merchant_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(s => s.CheckoutSessionId).HasColumnName("checkout_session_id").HasConversion(DomainConverters.SessionId);
        builder.Property(s => s.Version).IsRowVersion();

        // A typed code names one session for good, so a code read out yesterday never reaches today's shopper.
        builder.HasIndex(s => s.ShortCode).IsUnique().HasDatabaseName("ux_qr_sessions_short_code");
        builder.HasIndex(s => new { s.ShopperUserId, s.Status });
        builder.HasIndex(s => s.CheckoutSessionId).IsUnique();
    }
}
