using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ToTable("transfers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.Caller).HasColumnName("caller_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(t => t.FromReference).HasColumnName("from_reference").HasMaxLength(Transfer.MaxReferenceLength);
        builder.Property(t => t.ToReference).HasColumnName("to_reference").HasMaxLength(Transfer.MaxReferenceLength);
        builder.Property(t => t.ToOcid).HasColumnName("to_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(t => t.Amount).HasColumnName("amount").HasMaxLength(40);
        builder.Property(t => t.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(t => t.Txid).HasColumnName("txid").HasMaxLength(TransactionProof.MaxTxidLength);
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        // Idempotency of /transfer/create lives here: the second of two identical calls cannot commit.
        builder.HasIndex(t => new { t.Caller, t.FromReference, t.ToReference }).IsUnique();
    }
}
