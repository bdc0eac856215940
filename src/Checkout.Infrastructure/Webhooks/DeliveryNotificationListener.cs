using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using Npgsql;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Wakes this node's dispatcher when any node commits a due delivery: it LISTENs on
/// <see cref="DeliveryNotifications.Channel"/> over a dedicated connection and pulses <see cref="DeliverySignal"/>.
/// A lost connection is reopened with back-off; the dispatcher's poll covers the gap.
/// </summary>
internal sealed class DeliveryNotificationListener(
    IDbContextFactory<CheckoutDbContext> contexts,
    DeliverySignal signal,
    TimeProvider time,
    ILogger<DeliveryNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = await ListenerConnectionStringAsync(stoppingToken);
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, () => backoff = FirstBackoff, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Listening for due deliveries failed; reconnecting in {Backoff}", backoff);
                // Cancelled by shutdown, the delay ends the service like any other stopping background work.
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task ListenAsync(string connectionString, Action connected, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, _) => signal.Notify();
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {DeliveryNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        connected();
        // Proofs committed while no connection was listening announced themselves to nobody.
        signal.Notify();
        await using var keepAlive = new NpgsqlCommand("SELECT 1", connection);
        while (true)
        {
            if (!await connection.WaitAsync(KeepAlive, stoppingToken))
            {
                // A quiet channel and a silently dropped connection look alike until we ask the server something.
                await keepAlive.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    private async Task<string> ListenerConnectionStringAsync(CancellationToken stoppingToken)
    {
        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
        // Off the pool: a LISTEN belongs to its session, and a broken session must not go back to the pool.
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            Pooling = false,
            ApplicationName = DeliveryNotifications.ApplicationName,
        };
        return builder.ConnectionString;
    }
}
