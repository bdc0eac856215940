using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    /// <summary>Shadow column: until when a dispatcher holds the delivery (a crashed holder's lease simply runs out).</summary>
    public const string LeasedUntil = "LeasedUntil";

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.TargetOcid).HasColumnName("target_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(d => d.Path).HasColumnName("path").HasMaxLength(200);
        builder.Property(d => d.Payload).HasColumnName("payload");
        builder.Property(d => d.Issuer).HasColumnName("issuer").HasConversion(DomainConverters.Ocid);
        builder.Property(d => d.Txid).HasColumnName("txid").HasMaxLength(TransactionProof.MaxTxidLength);
        builder.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(12);
        builder.Property(d => d.AttemptCount).HasColumnName("attempt_count");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.WindowStartedAt).HasColumnName("window_started_at");
        builder.Property(d => d.CompletedAt).HasColumnName("completed_at");
        builder.Property(d => d.LastMessage).HasColumnName("last_message").HasMaxLength(WebhookDelivery.MaxMessageLength);
        builder.Property<DateTimeOffset?>(LeasedUntil).HasColumnName("leased_until");
        builder.HasIndex(d => new { d.Issuer, d.Txid, d.TargetOcid }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        // The claim reads the oldest due rows in this order and stops after its head, however long the queue.
        builder.HasIndex(d => new { d.NextAttemptAt, d.Id }).HasFilter("status = 'Pending'");
        // The claim counts each receiver's unexpired leases; only sends in flight (and crashed holders') carry one.
        builder.HasIndex(LeasedUntil).HasFilter("leased_until IS NOT NULL");
    }
}
