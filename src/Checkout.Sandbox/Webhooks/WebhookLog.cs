using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Webhooks;

/// <summary>Keeps every webhook delivery and its answer, so the store can show what arrived (accepted or not).</summary>
internal sealed class WebhookLog(IDbContextFactory<SandboxDbContext> contexts, DemoOrderNotifications notifications, TimeProvider time)
{
    public async Task RecordAsync(SandboxPeer receivedBy, long? caller, string? orderReference, string? txid, int statusCode, string outcome, string? message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ReceivedWebhooks.Add(new ReceivedWebhook
        {
            ReceivedBy = receivedBy,
            CallerOcid = caller,
            OrderReference = Clip(orderReference, DemoOrder.MaxIdLength),
            Txid = Clip(txid, DemoOrder.MaxTxidLength),
            StatusCode = statusCode,
            Outcome = Clip(outcome, ReceivedWebhook.MaxOutcomeLength)!,
            Message = Clip(message, ReceivedWebhook.MaxMessageLength),
            ReceivedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (orderReference is not null)
        {
            notifications.Publish(orderReference);
        }
    }

    // Values come from whoever posted; the log keeps a readable prefix rather than refusing to log.
    private static string? Clip(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
