namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// Tells open order pages that an order was paid or a delivery about it arrived. In-process is enough: the webhooks
/// run in this process too, and a page that subscribes late re-reads the order anyway.
/// </summary>
public sealed class DemoOrderNotifications
{
    public event Action<string>? OrderChanged;

    public void Publish(string orderId) => OrderChanged?.Invoke(orderId);
}
