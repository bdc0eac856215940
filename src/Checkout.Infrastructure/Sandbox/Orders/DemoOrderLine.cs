namespace OpenCharge.Checkout.Infrastructure.Sandbox.Orders;

public sealed record DemoOrderLine(DemoProduct Product, int Quantity);
