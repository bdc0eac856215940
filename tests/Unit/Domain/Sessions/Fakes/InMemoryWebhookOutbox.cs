using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemoryWebhookOutbox : IWebhookOutbox
{
    private readonly List<WebhookDelivery> _enqueued = [];

    public IReadOnlyList<WebhookDelivery> Enqueued => _enqueued;

    public void Enqueue(WebhookDelivery delivery) => _enqueued.Add(delivery);

    public Task<IReadOnlyList<WebhookDelivery>> LockNeedingAttentionAsync(Ocid issuer, string txid, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. _enqueued.Where(d => d.Issuer == issuer && d.Txid == txid && d.NeedsAttention)]);

    public Task<WebhookDelivery?> LockAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(_enqueued.SingleOrDefault(d => d.Id == deliveryId));
}
