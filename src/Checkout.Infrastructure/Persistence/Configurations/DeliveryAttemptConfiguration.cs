using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("webhook_delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.DeliveryId).HasColumnName("delivery_id");
        builder.Property(a => a.AttemptedAt).HasColumnName("attempted_at");
        builder.Property(a => a.HttpStatus).HasColumnName("http_status");
        builder.Property(a => a.LatencyMilliseconds).HasColumnName("latency_ms");
        builder.Property(a => a.Outcome).HasColumnName("outcome").HasMaxLength(32);
        builder.Property(a => a.ResponseExcerpt).HasColumnName("response_excerpt").HasMaxLength(DeliveryAttempt.MaxExcerptLength);
        builder.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.DeliveryId, a.AttemptedAt });
    }
}
