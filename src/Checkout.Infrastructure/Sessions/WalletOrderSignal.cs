namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// Keyed by shopper user id: a merchant's order reached one of the shopper's wallet QRs (committed), so the shopper's
/// "Pay in store" page shows it now, not at its next poll.
/// </summary>
public sealed class WalletOrderSignal : KeyedEvents<string>;
