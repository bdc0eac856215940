using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Persistence;

internal static class ReceivedWebhookMapping
{
    public static void Configure(EntityTypeBuilder<ReceivedWebhook> builder)
    {
        builder.ToTable("received_webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(w => w.ReceivedBy).HasColumnName("received_by").HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.CallerOcid).HasColumnName("caller_ocid");
        // Not a foreign key: a delivery naming an unknown order is exactly what this log should show.
        builder.Property(w => w.OrderReference).HasColumnName("order_reference").HasMaxLength(DemoOrder.MaxIdLength);
        builder.Property(w => w.Txid).HasColumnName("txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(w => w.StatusCode).HasColumnName("status_code");
        builder.Property(w => w.Outcome).HasColumnName("outcome").HasMaxLength(ReceivedWebhook.MaxOutcomeLength);
        builder.Property(w => w.Message).HasColumnName("message").HasMaxLength(ReceivedWebhook.MaxMessageLength);
        builder.Property(w => w.ReceivedAt).HasColumnName("received_at");
        builder.HasIndex(w => w.OrderReference);
    }
}
