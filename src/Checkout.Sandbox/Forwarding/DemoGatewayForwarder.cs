using System.Text;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Persistence;

using Answers = OpenCharge.Checkout.Infrastructure.Webhooks.WebhookAnswer;

namespace OpenCharge.Checkout.Sandbox.Forwarding;

/// <summary>
/// Sends the sandbox peers' outbox: each <see cref="GatewayForward"/> is POSTed to the Demo Store's
/// <c>/transfer/webhook</c>, signed with its sender's key (the Demo Gateway's, or a settlement peer's), until the store
/// answers <c>accepted</c> or <c>rejected</c>, retried on our <see cref="RetrySchedule"/> and read with our webhook
/// rules otherwise. Woken at once by a new forward, and every <see cref="PollInterval"/> for retries that came due.
/// </summary>
internal sealed class DemoGatewayForwarder(
    IDbContextFactory<SandboxDbContext> contexts,
    IHttpClientFactory httpClients,
    IPeerDirectory peers,
    IOptions<SandboxOptions> sandbox,
    [FromKeyedServices(DemoGatewayForwarder.SignalKey)] DeliverySignal signal,
    TimeProvider time,
    ILogger<DemoGatewayForwarder> logger) : BackgroundService
{
    public const string SignalKey = "sandbox-gateway-forwards";

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private const int BatchSize = 20;

    /// <summary>How long a claimed row stays with one sender: past the call timeout, so a live sender never loses it.</summary>
    private static readonly TimeSpan ClaimFor = OpenchargeServices.PeerCallTimeout * 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await ClaimDueAsync(stoppingToken))
                {
                    await SendAsync(id, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failing round must not stop the host; a claimed row comes due again when its claim runs out.
                logger.LogWarning(ex, "Demo Gateway forwards could not be sent or recorded; retrying at the next poll");
            }
            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task<IReadOnlyList<long>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.GatewayForwards
            .Where(f => f.Status == ForwardStatus.Pending && f.NextAttemptAt <= now)
            .OrderBy(f => f.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        due.ForEach(f => f.Claim(now + ClaimFor));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [.. due.Select(f => f.Id)];
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another process claimed some of them first; the rest come due again at the next poll.
            return [];
        }
    }

    private async Task SendAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var forward = await db.GatewayForwards.SingleAsync(f => f.Id == id, cancellationToken);
        var outcome = await DeliverAsync(forward, cancellationToken);
        var now = time.GetUtcNow();
        switch (outcome.Verdict)
        {
            case DeliveryVerdict.Delivered:
                forward.RecordDelivered(now);
                break;
            case DeliveryVerdict.Rejected:
                forward.RecordRejected(outcome.Message ?? outcome.Word);
                break;
            default:
                forward.RecordFailure(outcome.Message ?? outcome.Word, now, RetrySchedule.Default, Random.Shared.NextDouble());
                break;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("{Sender} forward of proof {Txid} for order {OrderId}: {Outcome}", forward.Sender, forward.ProofTxid, forward.OrderId, outcome.Word);
    }

    private async Task<DeliveryOutcome> DeliverAsync(GatewayForward forward, CancellationToken cancellationToken)
    {
        var client = new PeerClient(httpClients.CreateClient(SandboxHttpClients.NameFor(forward.Sender)), peers);
        try
        {
            var result = await client.PostJsonAsync(
                new Ocid(sandbox.Value.MerchantOcid), "/transfer/webhook", Encoding.UTF8.GetBytes(forward.EnvelopeJson), cancellationToken);
            return Answers.Classify(result);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Answers.TimedOut();
        }
        catch (HttpRequestException ex)
        {
            return Answers.Unreachable(ex);
        }
    }
}
