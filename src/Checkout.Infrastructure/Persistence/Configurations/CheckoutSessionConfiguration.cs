using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSession>
{
    public void Configure(EntityTypeBuilder<CheckoutSession> builder)
    {
        builder.ToTable("checkout_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").HasConversion(DomainConverters.SessionId);
        builder.Property(s => s.MerchantGatewayOcid).HasColumnName("merchant_gateway_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(s => s.MerchantOcid).HasColumnName("merchant_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(s => s.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ShopperUserId).HasColumnName("shopper_user_id").HasMaxLength(QrSession.MaxUserIdLength);
        builder.Property(s => s.OrderId).HasColumnName("order_id").HasMaxLength(SignedOrder.MaxIdLength);
        builder.Property(s => s.OrderJson).HasColumnName("order_json");
        builder.Property(s => s.OrderSignature).HasColumnName("order_signature").HasMaxLength(512);
        builder.Property(s => s.ContentFingerprint).HasColumnName("content_fingerprint").HasMaxLength(OrderFingerprint.Length);
        builder.Property(s => s.Amount).HasColumnName("amount").HasMaxLength(40);
        builder.ComplexProperty(s => s.Total, money =>
        {
            money.Property(m => m.Minor).HasColumnName("amount_minor");
            money.Property(m => m.Currency).HasColumnName("currency").HasConversion(DomainConverters.Currency).HasMaxLength(Currency.MaxCodeLength);
        });
        builder.OwnsOne(s => s.Urls, urls =>
        {
            urls.Property(u => u.Success).HasColumnName("success_url").HasMaxLength(RedirectUrls.MaxUrlLength);
            urls.Property(u => u.Cancel).HasColumnName("cancel_url").HasMaxLength(RedirectUrls.MaxUrlLength);
            urls.Property(u => u.Order).HasColumnName("order_urls").HasConversion(
                list => list.Select(u => u.ToString()).ToArray(),
                array => array.Select(u => new Uri(u)).ToArray(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<Uri>>(
                    (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, u) => HashCode.Combine(hash, u)), list => list.ToArray()));
        });
        builder.OwnsOne(s => s.Route, route =>
        {
            route.Property(r => r.CreditedAccount).HasColumnName("credited_account").HasConversion(DomainConverters.AccountOwner).HasMaxLength(AccountOwner.MaxKeyLength + 20);
            route.Property(r => r.ProofRecipient).HasColumnName("proof_recipient_ocid").HasConversion(DomainConverters.Ocid);
            route.Property(r => r.Addressing).HasColumnName("proof_addressing").HasConversion<string>().HasMaxLength(20);
            route.OwnsOne(r => r.Path, path =>
            {
                path.Property(p => p.Kind).HasColumnName("settlement_path").HasConversion<string>().HasMaxLength(20);
                path.Property(p => p.Hops).HasColumnName("settlement_hops").HasConversion(
                    hops => hops.Select(o => o.Value).ToArray(),
                    values => values.Select(v => new Ocid(v)).ToArray(),
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<Ocid>>(
                        (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, o) => HashCode.Combine(hash, o)), list => list.ToArray()));
            });
        });
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.ExpiresAt).HasColumnName("expires_at");
        builder.Property(s => s.ClosedAt).HasColumnName("closed_at");
        builder.OwnsOne(s => s.Payment, payment =>
        {
            payment.Property(p => p.PayerUserId).HasColumnName("payer_user_id").HasMaxLength(64);
            payment.Property(p => p.PaymentReference).HasColumnName("payment_reference").HasMaxLength(SessionPayment.MaxReferenceLength);
            payment.Property(p => p.ProofTxid).HasColumnName("proof_txid").HasMaxLength(TransactionProof.MaxTxidLength);
            payment.Property(p => p.PaidAt).HasColumnName("paid_at");
            // Unique among paid sessions only: an open session has no txid, and indexing its NULL would put every
            // create on the same hot leaf page for nothing (issue 11).
            payment.HasIndex(p => p.ProofTxid).IsUnique().HasFilter("proof_txid IS NOT NULL");
        });
        builder.Property(s => s.SettlementFailure).HasColumnName("settlement_failure").HasMaxLength(CheckoutSession.MaxFailureLength);
        builder.Property(s => s.Version).IsRowVersion();

        // One open-or-paid session per (gateway, merchant, order), so identical concurrent creates cannot both insert:
        // ux_checkout_sessions_live_order, an expression index EF cannot describe, created by the migration
        // FoldOrderSearchIntoLiveOrderIndex. It also serves the search by order id.
        // One paid (or processing: paid, settling remotely) session per merchant order, whichever gateway forwarded
        // it: the second payer's commit fails and rolls back with its ledger entries.
        builder.HasIndex(s => new { s.MerchantOcid, s.OrderId })
            .IsUnique()
            .HasFilter("status IN ('Paid', 'Processing')")
            .HasDatabaseName("ux_checkout_sessions_paid_order");
        builder.HasIndex(s => new { s.Status, s.ExpiresAt });
    }
}
