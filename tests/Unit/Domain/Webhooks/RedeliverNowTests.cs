using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Domain.Webhooks;

public sealed class RedeliverNowTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RedeliverNow_PendingAfterAFailure_IsDueNowWithItsWindowKept()
    {
        var delivery = NewDelivery();
        delivery.RecordFailure("HTTP 500", Created.AddSeconds(1), RetrySchedule.Default, 0.5);
        var now = Created.AddSeconds(3);

        var result = delivery.RedeliverNow(now);

        Assert.True(result.IsSuccess);
        Assert.Equal((DeliveryStatus.Pending, now, Created), (delivery.Status, delivery.NextAttemptAt, delivery.WindowStartedAt));
        Assert.Equal(1, delivery.AttemptCount);
    }

    [Fact]
    public void RedeliverNow_Rejected_IsPendingAgainWithAFreshWindow()
    {
        var delivery = NewDelivery();
        delivery.RecordRejected("Unknown order", Created);
        var now = Created.AddHours(1);

        var result = delivery.RedeliverNow(now);

        Assert.True(result.IsSuccess);
        Assert.Equal((DeliveryStatus.Pending, now), (delivery.Status, delivery.WindowStartedAt));
    }

    [Fact]
    public void RedeliverNow_Delivered_IsRefused()
    {
        var delivery = NewDelivery();
        delivery.RecordDelivered(Created);

        var result = delivery.RedeliverNow(Created.AddMinutes(1));

        Assert.Equal("delivery.not_redeliverable", result.Error?.Code);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
    }

    [Fact]
    public void RedeliverNow_NotTriedYet_IsRefused()
    {
        var delivery = NewDelivery();

        var result = delivery.RedeliverNow(Created.AddMinutes(1));

        Assert.Equal("delivery.not_redeliverable", result.Error?.Code);
        Assert.Equal(Created, delivery.NextAttemptAt);
    }

    private static WebhookDelivery NewDelivery() => WebhookDelivery.ForProof(new Ocid(9001), new Ocid(200), "octx_1", "{}", Created);
}
