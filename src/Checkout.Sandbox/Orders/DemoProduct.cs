namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>Something the Demo Store sells; <see cref="Price"/> is the protocol's decimal string.</summary>
public sealed record DemoProduct(string Id, string Name, string Description, string Price, string Currency);
