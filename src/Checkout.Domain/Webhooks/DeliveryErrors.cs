using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Webhooks;

public static class DeliveryErrors
{
    /// <summary>No such delivery, or not one the person may see: both read the same, so nothing leaks.</summary>
    public static DomainError NotFound(Guid deliveryId) => new("delivery.not_found", $"Delivery {deliveryId} was not found.");
}
