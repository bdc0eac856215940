using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Configurations;

internal sealed class SettlementSagaConfiguration : IEntityTypeConfiguration<SettlementSaga>
{
    /// <summary>Shadow column: until when a runner holds the saga (see SagaClaimer); the Domain never sees it.</summary>
    public const string LeasedUntil = "LeasedUntil";

    public void Configure(EntityTypeBuilder<SettlementSaga> builder)
    {
        builder.ToTable("settlement_sagas");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").HasConversion(id => id.Value, value => new SagaId(value));
        builder.Property(s => s.SessionId).HasColumnName("session_id").HasConversion(DomainConverters.SessionId);
        builder.Property(s => s.PathKind).HasColumnName("path_kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Hops).HasColumnName("hops").HasConversion(
            hops => hops.Select(o => o.Value).ToArray(),
            values => values.Select(v => new Ocid(v)).ToArray(),
            new ValueComparer<IReadOnlyList<Ocid>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, HashCode.Combine), list => list.ToArray()));
        builder.Property(s => s.ShopperUserId).HasColumnName("shopper_user_id").HasMaxLength(64);
        builder.Property(s => s.MerchantOcid).HasColumnName("merchant_ocid").HasConversion(DomainConverters.Ocid);
        builder.Property(s => s.OrderId).HasColumnName("order_id").HasMaxLength(Domain.Orders.SignedOrder.MaxIdLength);
        builder.Property(s => s.OrderUrls).HasColumnName("order_urls").HasConversion(
            urls => urls.ToArray(),
            values => values,
            new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, HashCode.Combine), list => list.ToArray()));
        builder.Property(s => s.Amount).HasColumnName("amount").HasMaxLength(40);
        builder.ComplexProperty(s => s.Total, money =>
        {
            money.Property(m => m.Minor).HasColumnName("amount_minor");
            money.Property(m => m.Currency).HasColumnName("currency").HasConversion(DomainConverters.Currency).HasMaxLength(Currency.MaxCodeLength);
        });
        builder.Property(s => s.PaymentReference).HasColumnName("payment_reference").HasMaxLength(SessionPayment.MaxReferenceLength);
        builder.Property(s => s.State).HasColumnName("state").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Failure).HasColumnName("failure").HasMaxLength(SagaStep.MaxFailureLength);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property<DateTimeOffset?>(LeasedUntil).HasColumnName("leased_until");
        builder.Property(s => s.Version).IsRowVersion();
        builder.OwnsMany(s => s.Steps, ConfigureStep);
        builder.Navigation(s => s.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(s => s.SessionId);
        builder.HasIndex(s => new { s.State, s.NextAttemptAt }).HasFilter("state IN ('Held', 'Running')");
    }

    private static void ConfigureStep(OwnedNavigationBuilder<SettlementSaga, SagaStep> step)
    {
        step.ToTable("settlement_saga_steps");
        step.WithOwner().HasForeignKey("saga_id");
        step.HasKey("saga_id", nameof(SagaStep.Index));
        step.Property(s => s.Index).HasColumnName("step_index").ValueGeneratedNever();
        step.Property(s => s.Hop).HasColumnName("hop");
        step.Property(s => s.Operation).HasColumnName("operation").HasConversion<string>().HasMaxLength(20);
        step.Property(s => s.Target).HasColumnName("target_ocid").HasConversion(DomainConverters.Ocid);
        step.Property(s => s.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(SagaStep.MaxKeyLength);
        step.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        step.Property(s => s.Attempts).HasColumnName("attempts");
        step.Property(s => s.Request).HasColumnName("request");
        step.Property(s => s.HttpStatus).HasColumnName("http_status");
        step.Property(s => s.RemoteTxid).HasColumnName("remote_txid").HasMaxLength(TransactionProof.MaxTxidLength * 2);
        step.Property(s => s.AwaitedReference).HasColumnName("awaited_reference").HasMaxLength(256);
        step.Property(s => s.ProofJson).HasColumnName("proof_json");
        step.Property(s => s.ProofSignature).HasColumnName("proof_signature").HasMaxLength(512);
        step.Property(s => s.Failure).HasColumnName("failure").HasMaxLength(SagaStep.MaxFailureLength);
        step.Property(s => s.AnsweredAt).HasColumnName("answered_at");
        step.Ignore(s => s.IsOpen);
        step.Ignore(s => s.Proof);
        step.HasIndex(s => s.IdempotencyKey).IsUnique();
        step.HasIndex(s => s.AwaitedReference).HasFilter("awaited_reference IS NOT NULL");
    }
}
