namespace OpenCharge.Checkout.Sandbox.Orders;

public sealed record DemoOrderLine(DemoProduct Product, int Quantity);
