using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

/// <summary>
/// One way to pay and whether it can pay this amount now; when it cannot, <see cref="Available"/> against the amount is
/// the why, which the page words in the shopper's language.
/// </summary>
public sealed record PaymentMethodOption(PaymentMethodKind Kind, bool CanPay, Money Available);
