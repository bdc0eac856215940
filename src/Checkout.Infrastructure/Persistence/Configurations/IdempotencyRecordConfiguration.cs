using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Infrastructure.Idempotency;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.CallerOcid, r.Key });
        builder.Property(r => r.CallerOcid).HasColumnName("caller_ocid");
        builder.Property(r => r.Key).HasColumnName("key").HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasColumnName("request_hash").HasMaxLength(64);
        builder.Property(r => r.StatusCode).HasColumnName("status_code");
        builder.Property(r => r.ResponseBody).HasColumnName("response_body");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.ClaimToken).HasColumnName("claim_token");
        builder.Property(r => r.LeaseExpiresAt).HasColumnName("lease_expires_at");
        // The pruner deletes by age.
        builder.HasIndex(r => r.CreatedAt);
    }
}
