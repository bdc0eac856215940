using System.Diagnostics;

using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// A fresh proof goes out on the commit that enqueued it, not on the dispatcher's poll: in-process through
/// <see cref="DeliverySignal"/>, across nodes through PostgreSQL's NOTIFY, and never for a rolled-back enqueue.
/// </summary>
public sealed class FirstDeliveryTests : DispatcherTest
{
    // So long that only a signal can explain a prompt attempt.
    private static readonly DispatchSettings PollingOff = DispatchSettings.Default with { PollInterval = TimeSpan.FromHours(1) };

    // How long a test waits for a wake-up it expects; it only ends a broken test sooner than the guard.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Commit_WithPollingOff_RecordsFirstAttemptWithoutWaitingForAPoll()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Accept);
        var gateway = await GatewayAsync([merchant], settings: PollingOff);
        // A process's first send also pays for JIT, the metadata look-up and the connection; a fresh proof after it is what counts.
        var warmUp = Deliveries.ForProof(merchant.Ocid, Time.GetUtcNow());
        await CommitAsync(gateway, warmUp);
        await gateway.RecordedForAsync(warmUp.Id, Guard);

        var delivery = Deliveries.ForProof(merchant.Ocid, Time.GetUtcNow());
        var sinceCommit = await CommitAsync(gateway, delivery);
        var recorded = await gateway.RecordedForAsync(delivery.Id, Guard);
        var elapsed = sinceCommit.Elapsed;

        Assert.Equal(DeliveryStatus.Delivered, recorded.Status);
        // The 250 ms target is measured by the P3 benchmark, not here: a busy CI machine must not fail a timed test.
        // Anything under the hour-long poll interval proves the commit woke the dispatcher.
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"The first attempt was recorded {elapsed.TotalMilliseconds:0} ms after the commit.");
    }

    [Fact]
    public async Task Commit_WhenRolledBack_SendsNothing()
    {
        var merchant = await PeerAsync(500, ReceiverPeer.Accept);
        var gateway = await GatewayAsync([merchant], settings: PollingOff);
        var rolledBack = Deliveries.ForProof(merchant.Ocid, Time.GetUtcNow());
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            await using var unit = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(Guard);
            scope.ServiceProvider.GetRequiredService<IWebhookOutbox>().Enqueue(rolledBack);
        }

        // Committed after the rolled-back one, so the dispatcher has been awake since.
        var committed = Deliveries.ForProof(merchant.Ocid, Time.GetUtcNow());
        await CommitAsync(gateway, committed);
        await gateway.RecordedForAsync(committed.Id, Guard);

        Assert.Equal([committed.Txid], merchant.Received);
        Assert.Equal([committed.Id], (await Deliveries.AttemptsAsync(Database)).Select(a => a.DeliveryId));
    }

    [Fact]
    public async Task Listener_WhenAnotherNodeCommitsADelivery_WakesTheDispatcher()
    {
        var gateway = await GatewayAsync([], dispatch: false);
        var signal = gateway.Services.GetRequiredService<DeliverySignal>();
        // The listener pulses once when it starts listening, for proofs committed while nobody listened.
        Assert.True(await signal.WaitAsync(Patience, Guard));

        // Written on a connection of its own, as another node would.
        await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());

        Assert.True(await signal.WaitAsync(Patience, Guard));
    }

    [Fact]
    public async Task Enqueue_NotifiesAtCommitAndNeverOnRollback()
    {
        await using var listener = await ListenAsync();
        var notified = new List<string>();
        listener.Notification += (_, e) => notified.Add(e.Payload);

        await using (var db = Database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Guard);
            db.WebhookDeliveries.Add(Deliveries.ForProof(500, Time.GetUtcNow()));
            await db.SaveChangesAsync(Guard);
            await transaction.RollbackAsync(Guard);
        }
        await Deliveries.EnqueueAsync(Database, 501, Time.GetUtcNow());
        // Notifications arrive in commit order, so the first one tells whether the rolled-back insert announced itself.
        await listener.WaitAsync(Guard);

        Assert.Equal(["501"], notified);
    }

    [Fact]
    public async Task Requeue_OfAFinishedDelivery_NotifiesButARetryDoesNot()
    {
        var retried = await Deliveries.EnqueueAsync(Database, 500, Time.GetUtcNow());
        var finished = await Deliveries.EnqueueAsync(Database, 501, Time.GetUtcNow());
        await Database.ExecuteOnDatabaseAsync($"UPDATE webhook_deliveries SET status = 'Rejected' WHERE id = '{finished.Id}'");
        await using var listener = await ListenAsync();
        var notified = new List<string>();
        listener.Notification += (_, e) => notified.Add(e.Payload);

        // A failed attempt leaves its row Pending with a later time; a back-office redelivery puts a finished row back.
        await Database.ExecuteOnDatabaseAsync(
            $"UPDATE webhook_deliveries SET attempt_count = 1, next_attempt_at = next_attempt_at + interval '10 seconds' WHERE id = '{retried.Id}'");
        await Database.ExecuteOnDatabaseAsync($"UPDATE webhook_deliveries SET status = 'Pending' WHERE id = '{finished.Id}'");
        await listener.WaitAsync(Guard);

        Assert.Equal(["501"], notified);
    }

    private async Task<NpgsqlConnection> ListenAsync()
    {
        var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(Guard);
        await using var listen = new NpgsqlCommand($"LISTEN {DeliveryNotifications.Channel}", connection);
        await listen.ExecuteNonQueryAsync(Guard);
        return connection;
    }

    // Enqueues as a payment does, through the unit of work; the stopwatch starts once the commit has returned.
    private async Task<Stopwatch> CommitAsync(GatewayHost gateway, WebhookDelivery delivery)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        await using var unit = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(Guard);
        scope.ServiceProvider.GetRequiredService<IWebhookOutbox>().Enqueue(delivery);
        await unit.CommitAsync(Guard);
        return Stopwatch.StartNew();
    }
}
