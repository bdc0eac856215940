using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Forwarding;

public sealed class GatewayForwardTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordFailure_WithinRetryWindow_StaysPendingAndSchedulesTheNextAttempt()
    {
        var forward = NewForward();

        forward.RecordFailure("HTTP 503", Created.AddSeconds(1), RetrySchedule.Default, jitter: 0.5);

        Assert.Equal(ForwardStatus.Pending, forward.Status);
        Assert.Equal(Created.AddSeconds(11), forward.NextAttemptAt);
        Assert.Equal((1, "HTTP 503"), (forward.Attempts, forward.LastError));
    }

    [Fact]
    public void RecordFailure_AfterRetryWindow_IsAbandoned()
    {
        var forward = NewForward();

        forward.RecordFailure("timeout", Created + RetrySchedule.Default.RetryWindow, RetrySchedule.Default, jitter: 0.5);

        Assert.Equal(ForwardStatus.Abandoned, forward.Status);
        Assert.Null(forward.NextAttemptAt);
    }

    [Fact]
    public void RecordDelivered_AfterAFailure_IsFinalAndClearsTheError()
    {
        var forward = NewForward();
        forward.RecordFailure("HTTP 503", Created.AddSeconds(1), RetrySchedule.Default, jitter: 0.5);

        forward.RecordDelivered(Created.AddSeconds(12));

        Assert.Equal((ForwardStatus.Delivered, 2, null, null), (forward.Status, forward.Attempts, forward.NextAttemptAt, forward.LastError));
    }

    [Fact]
    public void RecordRejected_KeepsTheStoresMessageAndIsFinal()
    {
        var forward = NewForward();

        forward.RecordRejected("Order already paid");

        Assert.Equal((ForwardStatus.Rejected, "Order already paid", null), (forward.Status, forward.LastError, forward.NextAttemptAt));
    }

    private static GatewayForward NewForward() => new(SandboxPeer.Gateway, "ord_1", 200, "pg_tx_1", "dgtx_1", "{}", Created);
}
