using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

public sealed class DeliveryAttemptRecorderTests : DispatcherTest
{
    private static readonly DeliveryOutcome Accepted = new(DeliveryVerdict.Delivered, "delivered", 200, null, "{}");
    private static readonly DeliveryOutcome Refused = new(DeliveryVerdict.RetryLater, "network-error", null, "Connection refused", null);

    [Fact]
    public async Task Record_WhileLeaseHeld_AppliesOutcomeAndReleasesLease()
    {
        var delivery = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var gateway = await GatewayAsync([], dispatch: false);
        var claim = Assert.Single(await gateway.Claimer.ClaimDueAsync(10, Guard));

        var recorded = Assert.Single(await Recorder(gateway).RecordAsync([new SentDelivery(claim, Accepted, Time.GetUtcNow(), 12)], Guard));

        Assert.Equal(DeliveryStatus.Delivered, recorded.Status);
        Assert.Equal(DeliveryStatus.Delivered, (await Deliveries.FindAsync(Database, delivery.Id)).Status);
        Assert.Null(await Deliveries.LeasedUntilAsync(Database, delivery.Id));
        var attempt = Assert.Single(await Deliveries.AttemptsAsync(Database, delivery.Id));
        Assert.Equal((200, 12, "delivered", "{}"), (attempt.HttpStatus, attempt.LatencyMilliseconds, attempt.Outcome, attempt.ResponseExcerpt));
    }

    [Fact]
    public async Task Record_WhenFailed_SchedulesRetryOnDefaultSchedule()
    {
        var delivery = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var gateway = await GatewayAsync([], dispatch: false);
        var claim = Assert.Single(await gateway.Claimer.ClaimDueAsync(10, Guard));

        await Recorder(gateway).RecordAsync([new SentDelivery(claim, Refused, Time.GetUtcNow(), 1)], Guard);

        var stored = await Deliveries.FindAsync(Database, delivery.Id);
        Assert.Equal((DeliveryStatus.Pending, 1, "Connection refused"), (stored.Status, stored.AttemptCount, stored.LastMessage));
        Assert.InRange(stored.NextAttemptAt, Time.GetUtcNow() + TimeSpan.FromSeconds(8), Time.GetUtcNow() + TimeSpan.FromSeconds(12));
        Assert.Null(Assert.Single(await Deliveries.AttemptsAsync(Database, delivery.Id)).HttpStatus);
    }

    [Fact]
    public async Task Record_WhenLeaseWasLostAndReclaimed_KeepsTheNewHoldersClaim()
    {
        var delivery = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var slow = await GatewayAsync([], dispatch: false);
        var other = await GatewayAsync([], dispatch: false);
        var staleClaim = Assert.Single(await slow.Claimer.ClaimDueAsync(10, Guard));
        Time.Advance(DispatchSettings.Default.Lease + TimeSpan.FromSeconds(1));
        var freshClaim = Assert.Single(await other.Claimer.ClaimDueAsync(10, Guard));

        var recorded = Assert.Single(await Recorder(slow).RecordAsync([new SentDelivery(staleClaim, Refused, Time.GetUtcNow(), 1)], Guard));

        Assert.Null(recorded.Status);
        var stored = await Deliveries.FindAsync(Database, delivery.Id);
        Assert.Equal((DeliveryStatus.Pending, 0), (stored.Status, stored.AttemptCount));
        Assert.Equal(freshClaim.LeasedUntil, await Deliveries.LeasedUntilAsync(Database, delivery.Id));
        Assert.Single(await Deliveries.AttemptsAsync(Database, delivery.Id));
    }

    [Fact]
    public async Task Record_BatchWithOneLostLease_LogsEveryAttemptAndMovesOnlyTheHeldDeliveries()
    {
        var lost = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow(), "tx_lost");
        var slow = await GatewayAsync([], dispatch: false);
        var staleClaim = Assert.Single(await slow.Claimer.ClaimDueAsync(10, Guard));
        Time.Advance(DispatchSettings.Default.Lease + TimeSpan.FromSeconds(1));
        var delivered = await Deliveries.EnqueueAsync(Database, 501, Time.GetUtcNow(), "tx_delivered");
        var failed = await Deliveries.EnqueueAsync(Database, 502, Time.GetUtcNow(), "tx_failed");
        var claims = (await slow.Claimer.ClaimDueAsync(10, Guard)).ToDictionary(claim => claim.Id);
        Assert.Equal(staleClaim.Id, lost.Id);
        var freshClaim = claims[lost.Id];

        var recorded = await Recorder(slow).RecordAsync(
            [
                new SentDelivery(claims[delivered.Id], Accepted, Time.GetUtcNow(), 3),
                new SentDelivery(staleClaim, Refused, Time.GetUtcNow(), 4),
                new SentDelivery(claims[failed.Id], Refused, Time.GetUtcNow(), 5),
            ],
            Guard);

        Assert.Equal(
            [(delivered.Id, DeliveryStatus.Delivered, 3), (lost.Id, null, 4), (failed.Id, DeliveryStatus.Pending, 5)],
            recorded.Select(r => (r.Attempt.DeliveryId, r.Status, r.Attempt.LatencyMilliseconds)));
        Assert.All(recorded, r => Assert.True(r.Attempt.Id > 0));
        Assert.Equal(DeliveryStatus.Delivered, (await Deliveries.FindAsync(Database, delivered.Id)).Status);
        var retried = await Deliveries.FindAsync(Database, failed.Id);
        Assert.Equal((DeliveryStatus.Pending, 1), (retried.Status, retried.AttemptCount));
        Assert.Null(await Deliveries.LeasedUntilAsync(Database, failed.Id));
        Assert.Equal(0, (await Deliveries.FindAsync(Database, lost.Id)).AttemptCount);
        Assert.Equal(freshClaim.LeasedUntil, await Deliveries.LeasedUntilAsync(Database, lost.Id));
        Assert.Equal(3, (await Deliveries.AttemptsAsync(Database)).Count);
    }

    private static DeliveryAttemptRecorder Recorder(GatewayHost gateway) => gateway.Services.GetRequiredService<DeliveryAttemptRecorder>();
}
