using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Persistence;

internal static class DemoOrderMapping
{
    public static void Configure(EntityTypeBuilder<DemoOrder> builder)
    {
        builder.ToTable("demo_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").HasMaxLength(DemoOrder.MaxIdLength);
        builder.Property(o => o.Description).HasColumnName("description").HasMaxLength(200);
        builder.Property(o => o.OrderJson).HasColumnName("order_json");
        builder.Property(o => o.Signature).HasColumnName("signature").HasMaxLength(200);
        builder.Property(o => o.Amount).HasColumnName("amount").HasMaxLength(DemoOrder.MaxAmountLength);
        builder.Property(o => o.Currency).HasColumnName("currency").HasMaxLength(Currency.MaxCodeLength);
        builder.Property(o => o.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.CheckoutUrl).HasColumnName("checkout_url").HasMaxLength(2048);
        builder.Property(o => o.SessionId).HasColumnName("session_id").HasMaxLength(DemoOrder.MaxSessionIdLength);
        builder.Property(o => o.CreatedAt).HasColumnName("created_at");
        builder.Property(o => o.PaidAt).HasColumnName("paid_at");
        builder.Property(o => o.PaidIssuer).HasColumnName("paid_issuer");
        builder.Property(o => o.PaidTxid).HasColumnName("paid_txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasIndex(o => o.SessionId);
    }
}
