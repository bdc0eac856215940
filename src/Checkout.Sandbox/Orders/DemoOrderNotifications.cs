namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// Tells open store pages that an order was paid or a delivery about it arrived, and tells the till that a wallet had
/// the store sign an order from its inventory. In-process is enough: the webhooks and <c>/orders/create</c> run in
/// this process too, and a page that subscribes late re-reads the order anyway.
/// </summary>
public sealed class DemoOrderNotifications
{
    public event Action<string>? OrderChanged;

    /// <summary>An order made through <c>POST /orders/create</c> (endpoints.md B3): a wallet picked from the inventory QR.</summary>
    public event Action<string>? OrderRequested;

    public void Publish(string orderId) => OrderChanged?.Invoke(orderId);

    public void PublishRequested(string orderId) => OrderRequested?.Invoke(orderId);
}
