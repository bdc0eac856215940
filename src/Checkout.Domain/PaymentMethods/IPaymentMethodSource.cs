using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

/// <summary>A kind of payment the shopper may use. Register more sources to offer more methods.</summary>
public interface IPaymentMethodSource
{
    Task<PaymentMethodOption> EvaluateAsync(string shopperUserId, Money amount, CancellationToken cancellationToken);
}
