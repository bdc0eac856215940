using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;
using OpenCharge.Checkout.Infrastructure.Proofs;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class ProofRecordConfiguration : IEntityTypeConfiguration<ProofRecord>
{
    public void Configure(EntityTypeBuilder<ProofRecord> builder)
    {
        builder.ToTable("proof_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.Issuer).HasColumnName("issuer").HasConversion(DomainConverters.Ocid);
        builder.Property(r => r.Txid).HasColumnName("txid").HasMaxLength(ProofEnvelopeReader.MaxTxidLength);
        builder.Property(r => r.Direction).HasColumnName("direction").HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ProofJson).HasColumnName("proof_json");
        builder.Property(r => r.Signature).HasColumnName("signature").HasMaxLength(ProofRecord.MaxSignatureLength);
        builder.Property(r => r.FromOcid).HasColumnName("from_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(r => r.FromReference).HasColumnName("from_reference").HasMaxLength(ProofRecord.MaxReferenceLength);
        builder.Property(r => r.ToOcid).HasColumnName("to_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(r => r.ToReference).HasColumnName("to_reference").HasMaxLength(ProofRecord.MaxReferenceLength);
        builder.Property(r => r.Amount).HasColumnName("amount").HasMaxLength(40);
        builder.Property(r => r.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.SenderOcid).HasColumnName("sender_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(r => r.SessionId).HasColumnName("session_id").HasConversion(DomainConverters.SessionId);
        // gaps.md G26: one record per (issuer, txid); a second delivery of a proof cannot be credited again.
        builder.HasIndex(r => new { r.Issuer, r.Txid }).IsUnique();
        builder.HasIndex(r => r.SessionId);
    }
}
