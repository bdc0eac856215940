using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Audit;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(AuditEvent.MaxActorLength);
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(AuditEvent.MaxActionLength);
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(AuditEvent.MaxSubjectLength);
        builder.Property(e => e.Before).HasColumnName("before").HasColumnType("jsonb");
        builder.Property(e => e.After).HasColumnName("after").HasColumnType("jsonb");
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => new { e.Subject, e.At });
    }
}
