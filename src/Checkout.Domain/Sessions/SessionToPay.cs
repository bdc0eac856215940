namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// A session locked for payment, with whether another session (through any gateway) had already paid the same merchant
/// order when it was read. That answer may be a moment old; the paid-order unique index settles the rest at commit.
/// </summary>
public sealed record SessionToPay(CheckoutSession Session, bool OrderPaidElsewhere);
