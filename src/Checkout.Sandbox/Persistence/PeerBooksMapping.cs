using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Settlement;

namespace OpenCharge.Checkout.Sandbox.Persistence;

/// <summary>The settlement peers' books: accounts, the transfers they executed and the payments they opened.</summary>
internal static class PeerBooksMapping
{
    public static void Configure(EntityTypeBuilder<PeerAccount> builder)
    {
        builder.ToTable("peer_accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.Peer).HasColumnName("peer").HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Holder).HasColumnName("holder_ocid");
        builder.Property(a => a.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(a => a.IsHouse).HasColumnName("is_house");
        builder.Property(a => a.BalanceMinor).HasColumnName("balance_minor");
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => new { a.Peer, a.Holder, a.Currency }).IsUnique();
    }

    public static void Configure(EntityTypeBuilder<PeerTransfer> builder)
    {
        builder.ToTable("peer_transfers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(t => t.Peer).HasColumnName("peer").HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Txid).HasColumnName("txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(t => t.Caller).HasColumnName("caller_ocid");
        builder.Property(t => t.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(PeerTransfer.MaxKeyLength);
        builder.Property(t => t.ReferenceKey).HasColumnName("reference_key").HasMaxLength(PeerTransfer.ReferenceKeyLength);
        builder.Property(t => t.ToOcid).HasColumnName("to_ocid");
        builder.Property(t => t.ToReference).HasColumnName("to_reference").HasMaxLength(PeerTransfer.MaxKeyLength);
        builder.Property(t => t.Amount).HasColumnName("amount").HasMaxLength(DemoOrder.MaxAmountLength);
        builder.Property(t => t.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(t => t.ProofJson).HasColumnName("proof_json");
        builder.Property(t => t.Signature).HasColumnName("signature").HasMaxLength(200);
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(t => new { t.Peer, t.Txid }).IsUnique();
        // Idempotency lives in the database (CONVENTIONS §5): a concurrent repeat loses the insert, then reads the first.
        builder.HasIndex(t => new { t.Peer, t.Caller, t.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        builder.HasIndex(t => new { t.Peer, t.Caller, t.ReferenceKey }).IsUnique().HasFilter("reference_key IS NOT NULL");
    }

    public static void Configure(EntityTypeBuilder<PeerPayment> builder)
    {
        builder.ToTable("peer_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(p => p.Peer).HasColumnName("peer").HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Txid).HasColumnName("txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(p => p.Caller).HasColumnName("caller_ocid");
        builder.Property(p => p.RequestKey).HasColumnName("request_key").HasMaxLength(PeerTransfer.MaxKeyLength);
        builder.Property(p => p.ToOcid).HasColumnName("to_ocid");
        builder.Property(p => p.ProofReference).HasColumnName("proof_reference").HasMaxLength(PeerTransfer.MaxKeyLength);
        builder.Property(p => p.Amount).HasColumnName("amount").HasMaxLength(DemoOrder.MaxAmountLength);
        builder.Property(p => p.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.ExpiresAt).HasColumnName("expires_at");
        builder.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.SettledByIssuer).HasColumnName("settled_by_issuer");
        builder.Property(p => p.SettledByTxid).HasColumnName("settled_by_txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(p => p.ProofJson).HasColumnName("proof_json");
        builder.Property(p => p.Signature).HasColumnName("signature").HasMaxLength(200);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.Peer, p.Txid }).IsUnique();
        builder.HasIndex(p => new { p.Peer, p.Caller, p.RequestKey }).IsUnique().HasFilter("request_key IS NOT NULL");
        // A settlement proof pays one payment: the same proof offered for a second one is refused, not paid twice.
        builder.HasIndex(p => new { p.Peer, p.SettledByIssuer, p.SettledByTxid }).IsUnique().HasFilter("settled_by_txid IS NOT NULL");
    }
}
