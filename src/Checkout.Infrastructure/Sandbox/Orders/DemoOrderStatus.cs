namespace OpenCharge.Checkout.Infrastructure.Sandbox.Orders;

public enum DemoOrderStatus
{
    Pending,
    Paid,
}
