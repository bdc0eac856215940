using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>The outbox is a table: a delivery commits with the payment that caused it, or not at all.</summary>
internal sealed class EfWebhookOutbox(CheckoutDbContext db) : IWebhookOutbox
{
    public void Enqueue(WebhookDelivery delivery) => db.WebhookDeliveries.Add(delivery);

    public async Task<IReadOnlyList<WebhookDelivery>> LockNeedingAttentionAsync(Ocid issuer, string txid, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries
            .FromSql($"SELECT * FROM webhook_deliveries WHERE issuer = {issuer.Value} AND txid = {txid} AND status IN ('Rejected', 'Abandoned') FOR UPDATE")
            .ToListAsync(cancellationToken);

    public async Task<WebhookDelivery?> LockAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries
            .FromSql($"SELECT * FROM webhook_deliveries WHERE id = {deliveryId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
}
