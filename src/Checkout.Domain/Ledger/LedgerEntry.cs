namespace OpenCharge.Checkout.Domain.Ledger;

/// <summary>One side of a movement: a signed amount in minor units on one account.</summary>
public sealed record LedgerEntry(Guid AccountId, long AmountMinor);
