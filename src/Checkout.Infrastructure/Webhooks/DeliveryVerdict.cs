namespace OpenCharge.Checkout.Infrastructure.Webhooks;

internal enum DeliveryVerdict
{
    Delivered,
    Rejected,
    RetryLater,
}
