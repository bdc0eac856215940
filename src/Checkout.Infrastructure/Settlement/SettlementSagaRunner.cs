using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// Runs settlement sagas: woken by <see cref="SettlementSignal"/> right after a payment is held, and every
/// <see cref="PollInterval"/> to pick up back-offs that ran out and sagas a crashed process left unfinished. Each
/// claimed saga advances call by call until it finishes or waits; every recorded step tells the checkout page.
/// </summary>
internal sealed class SettlementSagaRunner(
    IServiceScopeFactory scopes,
    SagaClaimer claimer,
    SettlementSignal signal,
    SessionEvents sessions,
    ILogger<SettlementSagaRunner> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private const int BatchSize = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var claimed = await ClaimAsync(stoppingToken);
                await Task.WhenAll(claimed.Select(c => RunAsync(c.Id, c.LeasedUntil, stoppingToken)));
                if (claimed.Count < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unfinished sagas keep their lease until it runs out, then any process resumes them.
        }
    }

    private async Task<IReadOnlyList<(SagaId Id, DateTimeOffset LeasedUntil)>> ClaimAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await claimer.ClaimDueAsync(BatchSize, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Claiming settlement sagas failed; will retry");
            return [];
        }
    }

    private async Task RunAsync(SagaId id, DateTimeOffset leasedUntil, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var advance = await scope.ServiceProvider.GetRequiredService<AdvanceSettlement>().ExecuteAsync(id, stoppingToken);
                if (advance is null)
                {
                    break;
                }
                sessions.Publish(advance.SessionId);
                logger.LogInformation("Settlement {SagaId}: {Progress}, now {State}", id, advance.Progress, advance.State);
            }
            await claimer.ReleaseAsync(id, leasedUntil, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The lease stays until it runs out; then the saga is claimed again and its open step retried under its key.
            logger.LogError(ex, "Settlement {SagaId} failed to advance; it resumes when its lease runs out", id);
        }
    }
}
