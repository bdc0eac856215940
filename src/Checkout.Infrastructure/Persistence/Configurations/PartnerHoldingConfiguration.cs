using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class PartnerHoldingConfiguration : IEntityTypeConfiguration<PartnerHolding>
{
    public void Configure(EntityTypeBuilder<PartnerHolding> builder)
    {
        builder.ToTable("partner_holdings");
        builder.HasKey(h => h.Id);
        // Ids are made in the domain, so a holding added to a tracked partner is an insert, not an update.
        builder.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(h => h.PartnerOcid).HasColumnName("partner_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(h => h.Currency).HasColumnName("currency").HasConversion(DomainConverters.Currency).HasMaxLength(Currency.MaxCodeLength);
        builder.Property(h => h.MirroredBalanceMinor).HasColumnName("mirrored_balance_minor");
        builder.Property(h => h.LowBalanceThresholdMinor).HasColumnName("low_balance_threshold_minor");
        builder.Property(h => h.Version).IsRowVersion();
        builder.Ignore(h => h.MirroredBalance);
        builder.Ignore(h => h.IsLow);
        builder.HasIndex(h => new { h.PartnerOcid, h.Currency }).IsUnique();
    }
}
