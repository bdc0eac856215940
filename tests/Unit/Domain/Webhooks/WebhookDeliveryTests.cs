using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Domain.Webhooks;

public sealed class WebhookDeliveryTests
{
    private const double NoSpread = 0.5;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void ForProof_NewDelivery_IsPendingAndDueNow()
    {
        var delivery = NewDelivery();

        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now, delivery.NextAttemptAt);
        Assert.Equal(0, delivery.AttemptCount);
        Assert.Equal(WebhookDelivery.TransferWebhookPath, delivery.Path);
        Assert.Equal(new Ocid(9001), delivery.TargetOcid);
        Assert.Equal(new Ocid(200), delivery.Issuer);
        Assert.Equal("octx_1", delivery.Txid);
        Assert.Null(delivery.CompletedAt);
    }

    [Fact]
    public void Redeliver_Rejected_IsPendingAgainWithAFreshWindowAndKeepsItsCount()
    {
        var delivery = NewDelivery();
        delivery.RecordRejected("Unknown order", Now);
        _time.Advance(TimeSpan.FromDays(5));

        var result = delivery.Redeliver(Now);
        delivery.RecordFailure("connection refused", Now, RetrySchedule.Default, NoSpread);

        Assert.True(result.IsSuccess);
        Assert.Equal((DeliveryStatus.Pending, Now), (delivery.Status, delivery.WindowStartedAt));
        Assert.Null(delivery.CompletedAt);
        Assert.Equal(2, delivery.AttemptCount);
    }

    [Fact]
    public void Redeliver_StillPending_IsRefused()
    {
        var delivery = NewDelivery();

        var result = delivery.Redeliver(Now);

        Assert.Equal("delivery.not_redeliverable", result.Error?.Code);
        Assert.False(delivery.NeedsAttention);
    }

    [Fact]
    public void RecordFailure_WithinTheWindow_CountsTheAttemptAndSchedulesTheNext()
    {
        var delivery = NewDelivery();
        _time.Advance(TimeSpan.FromSeconds(1));

        delivery.RecordFailure("connection refused", Now, RetrySchedule.Default, NoSpread);

        Assert.Equal(1, delivery.AttemptCount);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now.AddSeconds(10), delivery.NextAttemptAt);
        Assert.Equal("connection refused", delivery.LastMessage);
        Assert.Null(delivery.CompletedAt);
    }

    [Fact]
    public void RecordFailure_Again_DoublesTheDelay()
    {
        var delivery = NewDelivery();
        delivery.RecordFailure("timeout", Now, RetrySchedule.Default, NoSpread);
        _time.SetUtcNow(delivery.NextAttemptAt);

        delivery.RecordFailure("timeout", Now, RetrySchedule.Default, NoSpread);

        Assert.Equal(2, delivery.AttemptCount);
        Assert.Equal(Now.AddSeconds(20), delivery.NextAttemptAt);
    }

    [Fact]
    public void RecordFailure_AfterTheWindow_Abandons()
    {
        var delivery = NewDelivery();
        _time.Advance(TimeSpan.FromDays(3));

        delivery.RecordFailure("HTTP 503", Now, RetrySchedule.Default, NoSpread);

        Assert.Equal(DeliveryStatus.Abandoned, delivery.Status);
        Assert.Equal(Now, delivery.CompletedAt);
        Assert.Equal(1, delivery.AttemptCount);
        Assert.Equal("HTTP 503", delivery.LastMessage);
    }

    [Fact]
    public void RecordFailure_LongMessage_IsTruncated()
    {
        var delivery = NewDelivery();

        delivery.RecordFailure(new string('x', 5000), Now, RetrySchedule.Default, NoSpread);

        Assert.Equal(WebhookDelivery.MaxMessageLength, delivery.LastMessage?.Length);
    }

    [Fact]
    public void RecordDelivered_Pending_IsTerminal()
    {
        var delivery = NewDelivery();
        _time.Advance(TimeSpan.FromSeconds(2));

        delivery.RecordDelivered(Now);

        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(Now, delivery.CompletedAt);
        Assert.Equal(1, delivery.AttemptCount);
        Assert.Null(delivery.LastMessage);
    }

    [Fact]
    public void RecordRejected_WithMessage_IsTerminalAndKeepsTheMessage()
    {
        var delivery = NewDelivery();

        delivery.RecordRejected("amount mismatch", Now);

        Assert.Equal(DeliveryStatus.Rejected, delivery.Status);
        Assert.Equal(Now, delivery.CompletedAt);
        Assert.Equal("amount mismatch", delivery.LastMessage);
    }

    [Fact]
    public void RecordRejected_LongMessage_KeepsTheFirst1024Characters()
    {
        var delivery = NewDelivery();
        var message = new string('a', 1024) + new string('b', 100);

        delivery.RecordRejected(message, Now);

        Assert.Equal(new string('a', 1024), delivery.LastMessage);
    }

    [Fact]
    public void RecordRejected_MessageOfExactlyMaxLength_IsKeptWhole()
    {
        var delivery = NewDelivery();
        var message = new string('m', WebhookDelivery.MaxMessageLength);

        delivery.RecordRejected(message, Now);

        Assert.Equal(message, delivery.LastMessage);
    }

    private WebhookDelivery NewDelivery() =>
        WebhookDelivery.ForProof(new Ocid(9001), new Ocid(200), "octx_1", """{"proof":{},"signature":"sig"}""", Now);
}
