using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Orders;

public static class OrderErrors
{
    public static DomainError Expired(string orderId) => new("order.expired", $"Order {orderId} has expired.");

    public static DomainError CurrencyNotSettled(Currency currency) =>
        new("settlement.not_supported", $"This gateway does not settle {currency}.");
}
