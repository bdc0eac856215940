using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;
using OpenCharge.Checkout.Infrastructure.Observability;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.Web.Hosting.Operations;

namespace OpenCharge.Checkout.UnitTests.Postgres.Operations;

/// <summary>/health's outbox check over a real outbox, with no dispatcher running to drain it.</summary>
public sealed class OutboxLagHealthCheckTests : CheckoutDatabaseTest
{
    private static readonly DateTimeOffset Enqueued = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Enqueued);
    private readonly OperationsOptions _limits = new() { OutboxLagDegradedSeconds = 60, OutboxLagUnhealthySeconds = 600 };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddOperationsFigures();
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task Check_EmptyOutbox_IsHealthyWithNoLag()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(0.0, result.Data["lagSeconds"]);
    }

    [Fact]
    public async Task Check_DueDeliveryWaitingPastTheDegradedThreshold_IsDegradedWithTheLag()
    {
        await EnqueueAsync();
        _clock.Advance(TimeSpan.FromSeconds(90));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(90.0, result.Data["lagSeconds"]);
    }

    [Fact]
    public async Task Check_DueDeliveryWaitingPastTheUnhealthyThreshold_IsUnhealthy()
    {
        await EnqueueAsync();
        _clock.Advance(TimeSpan.FromMinutes(15));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Check_DeliveryDeliveredLongAgo_DoesNotCountAsLag()
    {
        await EnqueueAsync(delivered: true);
        _clock.Advance(TimeSpan.FromHours(2));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    private async Task EnqueueAsync(bool delivered = false)
    {
        var delivery = WebhookDelivery.ForProof(new Ocid(500), new Ocid(200), "tx_lag", "{}", Enqueued);
        if (delivered)
        {
            delivery.RecordDelivered(Enqueued);
        }
        await using var db = Database.NewContext();
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
    }

    private Task<HealthCheckResult> CheckAsync() => InScopeAsync(services =>
        new OutboxLagHealthCheck(services.GetRequiredService<OperationsFigures>(), new FixedOptionsMonitor<OperationsOptions>(_limits))
            .CheckHealthAsync(new HealthCheckContext(), CancellationToken.None));
}
