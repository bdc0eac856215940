using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Webhooks;

public interface IWebhookOutbox
{
    /// <summary>Adds the delivery to the current unit of work; it is sent only after that commits.</summary>
    void Enqueue(WebhookDelivery delivery);

    /// <summary>The deliveries of this proof that need attention, locked until the unit of work ends.</summary>
    Task<IReadOnlyList<WebhookDelivery>> LockNeedingAttentionAsync(Ocid issuer, string txid, CancellationToken cancellationToken);

    /// <summary>One delivery, locked until the unit of work ends; null when there is none with this id.</summary>
    Task<WebhookDelivery?> LockAsync(Guid deliveryId, CancellationToken cancellationToken);
}
