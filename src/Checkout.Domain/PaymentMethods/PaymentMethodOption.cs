using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

/// <summary>One way to pay, whether it can pay this amount now, and if not, why (shown to the shopper).</summary>
public sealed record PaymentMethodOption(PaymentMethodKind Kind, bool CanPay, Money Available)
{
    public string? Reason { get; init; }
}
