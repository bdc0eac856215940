using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Ocid);
        builder.Property(p => p.Ocid).HasColumnName("ocid").HasConversion(DomainConverters.Ocid).ValueGeneratedNever();
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(Partner.MaxNameLength);
        builder.Property(p => p.Roles).HasColumnName("roles").HasConversion<string>().HasMaxLength(60);
        builder.Property(p => p.ProofAddressing).HasColumnName("proof_addressing").HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RedirectHosts).HasColumnName("redirect_hosts").HasConversion(
            hosts => hosts.ToArray(),
            values => values,
            ListComparers.ByItems<string>());
        builder.Property(p => p.ReserveCurrencies).HasColumnName("reserve_currencies").HasConversion(
            currencies => currencies.Select(c => c.Code).ToArray(),
            codes => codes.Select(Currency.Of).ToArray(),
            ListComparers.ByItems<Currency>());
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasMany(p => p.Holdings).WithOne().HasForeignKey(h => h.PartnerOcid).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Holdings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
