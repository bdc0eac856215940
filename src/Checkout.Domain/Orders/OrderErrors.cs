using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Orders;

public static class OrderErrors
{
    public static DomainError Expired(string orderId) => new("order.expired", $"Order {orderId} has expired.");

    /// <summary>The order id already has a live session whose amount, currency, items, URLs or signature differ.</summary>
    public static DomainError Reused(string orderId) =>
        new("order.reused", $"Order {orderId} already has a checkout with different content; use a new order id.");

    public static DomainError CurrencyNotSettled(Currency currency) =>
        new("settlement.not_supported", $"This gateway does not settle {currency}.");
}
