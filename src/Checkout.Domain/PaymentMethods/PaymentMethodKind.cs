namespace OpenCharge.Checkout.Domain.PaymentMethods;

public enum PaymentMethodKind
{
    /// <summary>The shopper's wallet balance in the order's currency.</summary>
    WalletBalance,
}
