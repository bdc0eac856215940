using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class SeenNonceConfiguration : IEntityTypeConfiguration<SeenNonce>
{
    public void Configure(EntityTypeBuilder<SeenNonce> builder)
    {
        builder.ToTable("seen_nonces");
        builder.HasKey(n => new { n.Ocid, n.Nonce });
        builder.Property(n => n.Ocid).HasColumnName("ocid");
        builder.Property(n => n.Nonce).HasColumnName("nonce").HasMaxLength(SeenNonce.MaxNonceLength);
        builder.Property(n => n.SeenAt).HasColumnName("seen_at");
        // BRIN: seen_at grows with insertion order, so a block-range summary serves the pruning delete, and an insert
        // costs almost nothing instead of contending for the right-most page of a b-tree (issue 11).
        builder.HasIndex(n => n.SeenAt).HasMethod("brin");
    }
}
