using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// A proof the receiver rejected, or never took within the retry window, needs attention; RedeliverProof sends it
/// once more under the same txid and the real dispatcher delivers it exactly once.
/// </summary>
public sealed class RedeliveryTests : DispatcherTest
{
    [Fact]
    public async Task Redeliver_AfterTheReceiverRejected_DeliversTheSameProofOnceMore()
    {
        var rejecting = true;
        var merchant = await PeerAsync(500, context => rejecting ? ReceiverPeer.Reject("Unknown order")(context) : ReceiverPeer.Accept(context));
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow());
        var gateway = await GatewayAsync([merchant]);
        gateway.Notify();
        var rejected = await gateway.RecordedForAsync(delivery.Id, Guard);
        var needsAttention = (await Deliveries.FindAsync(Database, delivery.Id)).NeedsAttention;
        rejecting = false;

        var redelivered = await RedeliverAsync(gateway, delivery.Txid);
        var delivered = await gateway.RecordedForAsync(delivery.Id, Guard);

        Assert.Equal(DeliveryStatus.Rejected, rejected.Status);
        Assert.True(needsAttention);
        Assert.Equal(1, redelivered.Value);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal([delivery.Txid, delivery.Txid], merchant.Received);
        Assert.Equal(["rejected", "delivered"], (await Deliveries.AttemptsAsync(Database, delivery.Id)).Select(a => a.Outcome));
        Assert.Equal("delivery.nothing_to_redeliver", (await RedeliverAsync(gateway, delivery.Txid)).Error?.Code);
    }

    [Fact]
    public async Task Redeliver_AfterTheRetryWindowWasSpent_DeliversWithAFreshWindow()
    {
        var up = false;
        var merchant = await PeerAsync(500, context => up ? ReceiverPeer.Accept(context) : Unavailable(context));
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow() - RetrySchedule.Default.RetryWindow);
        var gateway = await GatewayAsync([merchant]);
        gateway.Notify();
        var abandoned = await gateway.RecordedForAsync(delivery.Id, Guard);
        var needsAttention = (await Deliveries.FindAsync(Database, delivery.Id)).NeedsAttention;
        up = true;

        await RedeliverAsync(gateway, delivery.Txid);
        var delivered = await gateway.RecordedForAsync(delivery.Id, Guard);

        Assert.Equal(DeliveryStatus.Abandoned, abandoned.Status);
        Assert.True(needsAttention);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        var stored = await Deliveries.FindAsync(Database, delivery.Id);
        Assert.Equal(Time.GetUtcNow(), stored.WindowStartedAt);
        Assert.Equal(2, merchant.Received.Count);
    }

    [Fact]
    public async Task Redeliver_DeliveryStillTrying_ChangesNothing()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Accept);
        var delivery = await Deliveries.EnqueueAsync(Database, merchant.Ocid, Time.GetUtcNow());
        var gateway = await GatewayAsync([merchant], dispatch: false);

        var result = await RedeliverAsync(gateway, delivery.Txid);

        Assert.Equal("delivery.nothing_to_redeliver", result.Error?.Code);
        Assert.Equal(DeliveryStatus.Pending, (await Deliveries.FindAsync(Database, delivery.Id)).Status);
    }

    private static async Task<Result<int>> RedeliverAsync(GatewayHost gateway, string txid)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RedeliverProof>().ExecuteAsync(new Ocid(Deliveries.Issuer), txid, CancellationToken.None);
    }

    private static Task Unavailable(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Task.CompletedTask;
    }
}
