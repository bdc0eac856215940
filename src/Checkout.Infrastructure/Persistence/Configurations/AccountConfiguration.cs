using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts", table =>
            // The database refuses a negative balance too, whatever the code does: only the sandbox source and a partner's
            // clearing account (AccountOwner.MayGoNegative) may go below zero.
            table.HasCheckConstraint("ck_accounts_balance_not_negative", "balance_minor >= 0 OR owner LIKE 'SandboxFunding:%' OR owner LIKE 'PartnerClearing:%'"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.Owner).HasColumnName("owner").HasConversion(DomainConverters.AccountOwner).HasMaxLength(AccountOwner.MaxKeyLength + 20);
        builder.Property(a => a.Currency).HasColumnName("currency").HasConversion(DomainConverters.Currency).HasMaxLength(Currency.MaxCodeLength);
        builder.Property(a => a.BalanceMinor).HasColumnName("balance_minor");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Balance);
        builder.HasIndex(a => new { a.Owner, a.Currency }).IsUnique();
    }
}
