namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// The PostgreSQL channel that tells every node a delivery became due. A trigger on <c>webhook_deliveries</c> (migration
/// <c>DeliveryDueNotifications</c>) notifies it inside the enqueueing transaction, so PostgreSQL delivers the
/// notification at commit and never on rollback, whichever code path wrote the row.
/// </summary>
internal static class DeliveryNotifications
{
    public const string Channel = "webhook_delivery_due";

    /// <summary>Names the listener's connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "checkout-delivery-listener";
}
