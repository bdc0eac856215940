using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable("ledger_transactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Currency).HasColumnName("currency").HasConversion(DomainConverters.Currency).HasMaxLength(Currency.MaxCodeLength);
        builder.Property(t => t.Reference).HasColumnName("reference").HasMaxLength(LedgerTransaction.MaxReferenceLength);
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(t => t.Reference);
        builder.Ignore(t => t.InPlaceCredit);
        builder.OwnsMany(t => t.Entries, entries =>
        {
            entries.ToTable("ledger_entries");
            entries.WithOwner().HasForeignKey("transaction_id");
            entries.Property<long>("id").UseIdentityAlwaysColumn();
            entries.HasKey("id");
            entries.Property(e => e.AccountId).HasColumnName("account_id");
            entries.Property(e => e.AmountMinor).HasColumnName("amount_minor");
            entries.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
            entries.HasIndex(e => e.AccountId);
        });
        builder.Navigation(t => t.Entries).HasField("_entries");
    }
}
