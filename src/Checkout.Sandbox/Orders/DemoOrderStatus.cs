namespace OpenCharge.Checkout.Sandbox.Orders;

public enum DemoOrderStatus
{
    Pending,
    Paid,
}
