using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Proofs;

namespace OpenCharge.Checkout.Sandbox.Persistence;

internal static class ReceivedProofMapping
{
    public static void Configure(EntityTypeBuilder<ReceivedProof> builder)
    {
        builder.ToTable("received_proofs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(p => p.Issuer).HasColumnName("issuer");
        builder.Property(p => p.Txid).HasColumnName("txid").HasMaxLength(DemoOrder.MaxTxidLength);
        builder.Property(p => p.OrderId).HasColumnName("order_id").HasMaxLength(DemoOrder.MaxIdLength);
        builder.Property(p => p.ProofJson).HasColumnName("proof_json");
        builder.Property(p => p.Signature).HasColumnName("signature").HasMaxLength(200);
        builder.Property(p => p.ReceivedBy).HasColumnName("received_by").HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ReceivedAt).HasColumnName("received_at");
        // gaps.md G26: a txid is unique only per issuer.
        builder.HasIndex(p => new { p.Issuer, p.Txid }).IsUnique();
        builder.HasOne<DemoOrder>().WithMany().HasForeignKey(p => p.OrderId);
    }
}
