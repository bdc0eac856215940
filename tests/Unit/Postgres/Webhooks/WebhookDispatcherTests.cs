using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

public sealed class WebhookDispatcherTests : DispatcherTest
{
    [Fact]
    public async Task Dispatch_WhenReceiverAccepts_MarksDeliveredAndRecordsAttempt()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Accept);
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow());
        var gateway = await GatewayAsync([merchant]);

        gateway.Notify();
        var recorded = await gateway.RecordedForAsync(delivery.Id, Guard);

        Assert.Equal(DeliveryStatus.Delivered, recorded.Status);
        var stored = await Deliveries.FindAsync(Database, delivery.Id);
        Assert.Equal((DeliveryStatus.Delivered, 1), (stored.Status, stored.AttemptCount));
        Assert.Null(await Deliveries.LeasedUntilAsync(Database, delivery.Id));
        var attempt = Assert.Single(await Deliveries.AttemptsAsync(Database, delivery.Id));
        Assert.Equal((200, "delivered"), (attempt.HttpStatus, attempt.Outcome));
        Assert.Contains("accepted", attempt.ResponseExcerpt);
        Assert.Equal([delivery.Txid], merchant.Received);
    }

    [Fact]
    public async Task Dispatch_WhenReceiverRejects_IsTerminalWithItsMessage()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Reject("Order already paid"));
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow());
        var gateway = await GatewayAsync([merchant]);

        gateway.Notify();
        var recorded = await gateway.RecordedForAsync(delivery.Id, Guard);
        Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(DeliveryStatus.Rejected, recorded.Status);
        var stored = await Deliveries.FindAsync(Database, delivery.Id);
        Assert.Equal((DeliveryStatus.Rejected, "Order already paid"), (stored.Status, stored.LastMessage));
        Assert.Equal("rejected", Assert.Single(await Deliveries.AttemptsAsync(Database, delivery.Id)).Outcome);
        Assert.Empty(await gateway.Claimer.ClaimDueAsync(10, Guard));
    }

    [Fact]
    public async Task Dispatch_WhenReceiverIsDown_RetriesOnScheduleAndDeliversOnceItIsUp()
    {
        var stopped = await ReceiverPeer.StartAsync(500, ReceiverPeer.Accept, Time);
        var (port, key) = (stopped.Port, stopped.PrivateKey);
        await stopped.DisposeAsync();
        var delivery = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var gateway = await GatewayAsync([stopped]);

        gateway.Notify();
        var failed = await gateway.RecordedForAsync(delivery.Id, Guard);
        var waiting = await Deliveries.FindAsync(Database, delivery.Id);
        var merchant = await PeerAsync(500, ReceiverPeer.Accept, port, key);
        Time.SetUtcNow(waiting.NextAttemptAt);
        gateway.Notify();
        var delivered = await gateway.RecordedForAsync(delivery.Id, Guard);

        Assert.Equal((DeliveryStatus.Pending, null), (failed.Status, failed.Attempt.HttpStatus));
        Assert.True(waiting.NextAttemptAt > failed.Attempt.AttemptedAt);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(["unresolved", "delivered"], (await Deliveries.AttemptsAsync(Database, delivery.Id)).Select(a => a.Outcome));
        Assert.Equal([delivery.Txid], merchant.Received);
    }

    [Fact]
    public async Task Dispatch_WhenOneReceiverHangs_DeliversToOthersMeanwhile()
    {
        var dead = await PeerAsync(500, ReceiverPeer.Hang);
        var healthy = await PeerAsync(501, ReceiverPeer.Accept);
        var stuck = new List<WebhookDelivery>();
        for (var i = 0; i < 50; i++)
        {
            stuck.Add(await Deliveries.EnqueueAsync(Database, dead.Ocid, Time.GetUtcNow()));
        }
        // Queued last, so a dispatcher working in order would reach it only after all fifty.
        var delivery = await Deliveries.EnqueueAsync(Database, healthy.Ocid, Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));
        var gateway = await GatewayAsync([dead, healthy]);

        gateway.Notify();
        var recorded = await gateway.RecordedForAsync(delivery.Id, Guard);
        for (var i = 0; i < DispatchSettings.Default.MaxInFlightPerTarget; i++)
        {
            await dead.NextArrivalAsync(Guard);
        }

        Assert.Equal(DeliveryStatus.Delivered, recorded.Status);
        foreach (var waiting in stuck)
        {
            var stored = await Deliveries.FindAsync(Database, waiting.Id);
            Assert.Equal((DeliveryStatus.Pending, 0), (stored.Status, stored.AttemptCount));
        }
        Assert.Equal([delivery.Id], (await Deliveries.AttemptsAsync(Database)).Select(a => a.DeliveryId));
    }

    [Fact]
    public async Task Dispatch_WithTwoProcesses_DeliversEveryProofOnce()
    {
        var merchants = new[] { await PeerAsync(500, ReceiverPeer.Accept), await PeerAsync(501, ReceiverPeer.Accept), await PeerAsync(502, ReceiverPeer.Accept) };
        var deliveries = new List<WebhookDelivery>();
        for (var i = 0; i < 30; i++)
        {
            deliveries.Add(await Deliveries.EnqueueAsync(Database, merchants[i % 3].Ocid, Time.GetUtcNow()));
        }
        var first = await GatewayAsync(merchants);
        var second = await GatewayAsync(merchants);

        first.Notify();
        second.Notify();
        var recorded = await RecordedByEitherAsync(first, second, deliveries.Count);

        Assert.All(recorded, r => Assert.Equal(DeliveryStatus.Delivered, r.Status));
        Assert.Equal(deliveries.Select(d => d.Txid).Order(), merchants.SelectMany(m => m.Received).Order());
        Assert.Equal(30, (await Deliveries.AttemptsAsync(Database)).Select(a => a.DeliveryId).Distinct().Count());
        Assert.Equal(30, (await Deliveries.AttemptsAsync(Database)).Count);
    }

    [Fact]
    public async Task Stop_WhileSendInFlight_LeavesLeaseToRunOut()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Hang);
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow());
        var gateway = await GatewayAsync([merchant]);
        gateway.Notify();
        await merchant.NextArrivalAsync(Guard);

        await gateway.StopAsync();
        var successor = await GatewayAsync([merchant], dispatch: false);
        var whileLeased = await successor.Claimer.ClaimDueAsync(10, Guard);
        Time.Advance(DispatchSettings.Default.Lease + TimeSpan.FromSeconds(1));
        var afterLease = await successor.Claimer.ClaimDueAsync(10, Guard);

        Assert.Empty(await Deliveries.AttemptsAsync(Database, delivery.Id));
        Assert.Empty(whileLeased);
        Assert.Equal(delivery.Id, Assert.Single(afterLease).Id);
    }

    // Waits until the two processes together have recorded the given number of attempts.
    private async Task<List<RecordedAttempt>> RecordedByEitherAsync(GatewayHost first, GatewayHost second, int count)
    {
        var recorded = new List<RecordedAttempt>();
        while (true)
        {
            Guard.ThrowIfCancellationRequested();
            while (first.Recorded.TryRead(out var attempt) || second.Recorded.TryRead(out attempt))
            {
                recorded.Add(attempt);
            }
            if (recorded.Count >= count)
            {
                return recorded;
            }
            await Task.WhenAny(first.Recorded.WaitToReadAsync(Guard).AsTask(), second.Recorded.WaitToReadAsync(Guard).AsTask());
        }
    }
}
