using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

public sealed class DeliveryClaimerTests : DispatcherTest
{
    private static readonly DispatchSettings NoPerTargetCap = DispatchSettings.Default with { MaxInFlightPerTarget = 1000 };

    [Fact]
    public async Task ClaimDue_WhenTwoProcessesClaimAtOnce_ClaimDisjointDeliveries()
    {
        for (var i = 0; i < 60; i++)
        {
            await Deliveries.EnqueueAsync(Database, 500 + (i % 6), Time.GetUtcNow());
        }
        var first = await GatewayAsync([], dispatch: false, NoPerTargetCap);
        var second = await GatewayAsync([], dispatch: false, NoPerTargetCap);

        var claims = await Task.WhenAll(ClaimUntilEmptyAsync(first.Claimer), ClaimUntilEmptyAsync(second.Claimer));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDue_WhileLeased_ClaimsNothing()
    {
        await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var first = await GatewayAsync([], dispatch: false);
        var second = await GatewayAsync([], dispatch: false);
        await first.Claimer.ClaimDueAsync(10, Guard);

        var claimed = await second.Claimer.ClaimDueAsync(10, Guard);

        Assert.Empty(claimed);
    }

    [Fact]
    public async Task ClaimDue_WhenLeaseExpired_ReclaimsDelivery()
    {
        var delivery = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var crashed = await GatewayAsync([], dispatch: false);
        var survivor = await GatewayAsync([], dispatch: false);
        await crashed.Claimer.ClaimDueAsync(10, Guard);
        Time.Advance(DispatchSettings.Default.Lease + TimeSpan.FromSeconds(1));

        var claimed = await survivor.Claimer.ClaimDueAsync(10, Guard);

        Assert.Equal(delivery.Id, Assert.Single(claimed).Id);
    }

    [Fact]
    public async Task ClaimDue_WhenNotYetDue_ClaimsNothing()
    {
        await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        var gateway = await GatewayAsync([], dispatch: false);

        var claimed = await gateway.Claimer.ClaimDueAsync(10, Guard);

        Assert.Empty(claimed);
    }

    [Fact]
    public async Task ClaimDue_WhenOneReceiverHasManyDue_LeavesSlotsForOthers()
    {
        for (var i = 0; i < 10; i++)
        {
            await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        }
        var other = await Deliveries.EnqueueAsync(Database, 501, Time.GetUtcNow() + TimeSpan.FromMilliseconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));
        var gateway = await GatewayAsync([], dispatch: false);

        var claimed = await gateway.Claimer.ClaimDueAsync(16, Guard);
        var more = await gateway.Claimer.ClaimDueAsync(16, Guard);

        Assert.Equal(DispatchSettings.Default.MaxInFlightPerTarget + 1, claimed.Count);
        Assert.Contains(claimed, c => c.Id == other.Id);
        Assert.Empty(more);
    }

    private async Task<List<Guid>> ClaimUntilEmptyAsync(DeliveryClaimer claimer)
    {
        var ids = new List<Guid>();
        while (await claimer.ClaimDueAsync(7, Guard) is { Count: > 0 } claimed)
        {
            ids.AddRange(claimed.Select(c => c.Id));
        }
        return ids;
    }
}
