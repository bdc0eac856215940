namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>A line of a merchant order (objects.md §1 OrderItem); prices stay the merchant's strings.</summary>
public sealed record OrderItem(string Id, string Name, decimal Quantity, string Price);
