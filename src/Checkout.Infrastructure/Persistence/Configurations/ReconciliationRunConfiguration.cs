using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("reconciliation_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.RanAt).HasColumnName("ran_at");
        builder.Property(r => r.Actor).HasColumnName("actor").HasMaxLength(ReconciliationRun.MaxActorLength);
        builder.Property(r => r.AccountsChecked).HasColumnName("accounts_checked");
        builder.Property(r => r.CurrenciesChecked).HasColumnName("currencies_checked");
        builder.Property(r => r.SessionsChecked).HasColumnName("sessions_checked");
        builder.Property(r => r.Passed).HasColumnName("passed");
        builder.HasIndex(r => r.RanAt);
        builder.OwnsMany(r => r.Discrepancies, discrepancy =>
        {
            discrepancy.ToTable("reconciliation_discrepancies");
            discrepancy.WithOwner().HasForeignKey("run_id");
            discrepancy.Property<long>("id").UseIdentityAlwaysColumn();
            discrepancy.HasKey("id");
            discrepancy.Property(d => d.Check).HasColumnName("check_kind").HasConversion<string>().HasMaxLength(20);
            discrepancy.Property(d => d.Subject).HasColumnName("subject").HasMaxLength(Discrepancy.MaxSubjectLength);
            discrepancy.Property(d => d.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
            discrepancy.Property(d => d.Expected).HasColumnName("expected");
            discrepancy.Property(d => d.Actual).HasColumnName("actual");
        });
        builder.Navigation(r => r.Discrepancies).HasField("_discrepancies");
    }
}
