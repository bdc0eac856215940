using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Webhooks;

public sealed class DeliveryOutcomeTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ApplyTo_WhenDelivered_CompletesDelivery()
    {
        var delivery = NewDelivery();

        new DeliveryOutcome(DeliveryVerdict.Delivered, "delivered", 200, null, null).ApplyTo(delivery, Created, RetrySchedule.Default, 0.5);

        Assert.Equal((DeliveryStatus.Delivered, 1, Created), (delivery.Status, delivery.AttemptCount, delivery.CompletedAt));
    }

    [Fact]
    public void ApplyTo_WhenRejected_IsTerminalWithMessage()
    {
        var delivery = NewDelivery();

        new DeliveryOutcome(DeliveryVerdict.Rejected, "rejected", 200, "Order already paid", null).ApplyTo(delivery, Created, RetrySchedule.Default, 0.5);

        Assert.Equal((DeliveryStatus.Rejected, "Order already paid"), (delivery.Status, delivery.LastMessage));
    }

    [Fact]
    public void ApplyTo_WhenRetryLater_SchedulesNextAttempt()
    {
        var delivery = NewDelivery();

        new DeliveryOutcome(DeliveryVerdict.RetryLater, "timeout", null, "The receiver did not answer in time.", null).ApplyTo(delivery, Created, RetrySchedule.Default, 0.5);

        Assert.Equal((DeliveryStatus.Pending, Created + TimeSpan.FromSeconds(10)), (delivery.Status, delivery.NextAttemptAt));
    }

    [Fact]
    public void ApplyTo_WhenRetryWindowSpent_Abandons()
    {
        var delivery = NewDelivery();

        new DeliveryOutcome(DeliveryVerdict.RetryLater, "http-error", 503, "HTTP 503", null).ApplyTo(delivery, Created + TimeSpan.FromDays(3), RetrySchedule.Default, 0.5);

        Assert.Equal(DeliveryStatus.Abandoned, delivery.Status);
    }

    private static WebhookDelivery NewDelivery() => WebhookDelivery.ForProof(new Ocid(500), new Ocid(900), "tx_1", "{}", Created);
}
