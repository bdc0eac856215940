namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>The operator's settings order intake applies (README, "Configuration").</summary>
/// <param name="SettledCurrencies">Currencies we settle; an order in another is refused.</param>
/// <param name="SessionTimeToLive">How long the session an order opens stays payable (never past the order's expiry).</param>
/// <param name="AnyRedirectHost">Sandbox mode: redirect URLs may point anywhere.</param>
public sealed record IntakeSettings(IReadOnlyCollection<string> SettledCurrencies, TimeSpan SessionTimeToLive, bool AnyRedirectHost);
