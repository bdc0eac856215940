using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Persistence;

internal static class GatewayForwardMapping
{
    public static void Configure(EntityTypeBuilder<GatewayForward> builder)
    {
        builder.ToTable("gateway_forwards");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(f => f.Sender).HasColumnName("sender").HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.OrderId).HasColumnName("order_id").HasMaxLength(DemoOrder.MaxIdLength);
        builder.Property(f => f.ReceivedIssuer).HasColumnName("received_issuer");
        builder.Property(f => f.ReceivedTxid).HasColumnName("received_txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(f => f.ProofTxid).HasColumnName("proof_txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(f => f.EnvelopeJson).HasColumnName("envelope_json");
        builder.Property(f => f.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Attempts).HasColumnName("attempts");
        builder.Property(f => f.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(f => f.LastError).HasColumnName("last_error").HasMaxLength(GatewayForward.MaxErrorLength);
        builder.Property(f => f.CreatedAt).HasColumnName("created_at");
        builder.Property(f => f.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(f => f.Version).IsRowVersion();
        // One Demo Gateway forward per order: a second proof for a paid order is "Order already paid", never a second
        // payment. A settlement peer's forward is tied to the transfer or payment it paid instead (unique there).
        builder.HasIndex(f => f.OrderId).IsUnique().HasFilter("sender = 'Gateway'");
        builder.HasIndex(f => new { f.Sender, f.ProofTxid }).IsUnique();
        builder.HasIndex(f => f.NextAttemptAt);
        // No foreign key to demo_orders: a bank pays the store whatever reference its caller chose, and the store
        // answers an unknown order with "rejected", which the forward then records.
    }
}
