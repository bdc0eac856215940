using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;

namespace OpenCharge.Checkout.UnitTests.Postgres.MerchantActivity;

/// <summary>Redeliver and test proofs: only for the merchant's own, audited, and a test proof can never pass for money.</summary>
public sealed class MerchantRedeliveryTests(MerchantBooks books) : IClassFixture<MerchantBooks>
{
    [Fact]
    public async Task RedeliverAsync_OwnDeliveryThatFailed_IsDueNowAndAudited()
    {
        await books.PayAsync(7201);
        var user = await books.MerchantUserAsync(7201);
        var delivery = await FailOnceAsync(7201);
        books.Clock.Advance(TimeSpan.FromSeconds(2));

        var result = await books.Resolve<MerchantRedelivery>().RedeliverAsync(user, "m@example.test", delivery, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var stored = await books.ReadAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == delivery));
        Assert.Equal((DeliveryStatus.Pending, books.Clock.GetUtcNow()), (stored.Status, stored.NextAttemptAt));
        var audit = Assert.Single(await books.AuditAsync(delivery.ToString()));
        Assert.Equal((AuditActions.DeliveryRedelivered, "m@example.test"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task RedeliverAsync_AnotherMerchantsDelivery_IsNotFoundAndChangesNothing()
    {
        await books.PayAsync(7211);
        var other = await books.MerchantUserAsync(7212);
        var delivery = await FailOnceAsync(7211);
        var before = await books.ReadAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == delivery));

        var result = await books.Resolve<MerchantRedelivery>().RedeliverAsync(other, "b@example.test", delivery, CancellationToken.None);

        Assert.Equal("delivery.not_found", result.Error?.Code);
        var after = await books.ReadAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == delivery));
        Assert.Equal(before.NextAttemptAt, after.NextAttemptAt);
        Assert.Empty(await books.AuditAsync(delivery.ToString()));
    }

    [Fact]
    public async Task SendTestProofAsync_ClaimedOcid_QueuesASignedZeroXtsProofThatIsNoPayment()
    {
        var user = await books.MerchantUserAsync(7221);

        var sent = await books.Resolve<MerchantRedelivery>().SendTestProofAsync(user, "m@example.test", new Ocid(7221), CancellationToken.None);

        Assert.True(sent.IsSuccess, sent.Error?.Message);
        var delivery = await books.ReadAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == sent.Value));
        Assert.Equal(new Ocid(7221), delivery.TargetOcid);
        Assert.StartsWith(TestProof.TxidPrefix, delivery.Txid, StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(delivery.Payload);
        var proof = payload.RootElement.GetProperty("proof");
        Assert.Equal(("0.00", "XTS", 7221), (proof.GetProperty("amount").GetString(), proof.GetProperty("currency").GetString(), proof.GetProperty("to").GetProperty("ocid").GetInt64()));
        Assert.Equal(130, payload.RootElement.GetProperty("signature").GetString()!.Length);
        // Never recorded as a proof we issued, so /verify answers TX_NOT_FOUND for it.
        Assert.False(await books.ReadAsync(db => db.Set<ProofRecord>().AnyAsync(r => r.Txid == delivery.Txid)));
        Assert.Equal(AuditActions.TestProofSent, Assert.Single(await books.AuditAsync("7221")).Action);
        var listed = await books.Resolve<MerchantDeliveryQueries>().PageAsync(user, 0, 20, CancellationToken.None);
        Assert.Contains(listed.Rows, r => r.Id == sent.Value && r.IsTestProof);
    }

    [Fact]
    public async Task SendTestProofAsync_UnclaimedOcid_IsRefusedAndQueuesNothing()
    {
        var user = await books.MerchantUserAsync(7231);

        var sent = await books.Resolve<MerchantRedelivery>().SendTestProofAsync(user, "m@example.test", new Ocid(7232), CancellationToken.None);

        Assert.Equal("merchant.not_claimed", sent.Error?.Code);
        Assert.False(await books.ReadAsync(db => db.WebhookDeliveries.AnyAsync(d => d.TargetOcid == new Ocid(7232))));
    }

    /// <summary>Records a failed attempt on the delivery to <paramref name="target"/>, as the dispatcher does after an HTTP 500.</summary>
    private Task<Guid> FailOnceAsync(long target) =>
        books.ReadAsync(async db =>
        {
            var delivery = await db.WebhookDeliveries.SingleAsync(d => d.TargetOcid == new Ocid(target));
            delivery.RecordFailure("HTTP 500", books.Clock.GetUtcNow(), RetrySchedule.Default, 0.5);
            await db.SaveChangesAsync();
            return delivery.Id;
        });
}
