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
        builder.HasIndex(n => n.SeenAt);
    }
}
