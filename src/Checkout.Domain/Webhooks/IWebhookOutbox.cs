namespace OpenCharge.Checkout.Domain.Webhooks;

public interface IWebhookOutbox
{
    /// <summary>Adds the delivery to the current unit of work; it is sent only after that commits.</summary>
    void Enqueue(WebhookDelivery delivery);
}
