using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class SealedSecretConfiguration : IEntityTypeConfiguration<SealedSecret>
{
    public void Configure(EntityTypeBuilder<SealedSecret> builder)
    {
        builder.ToTable("sealed_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(SealedSecret.MaxNameLength);
        builder.Property(s => s.Nonce).HasColumnName("nonce");
        builder.Property(s => s.Ciphertext).HasColumnName("ciphertext");
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
    }
}
