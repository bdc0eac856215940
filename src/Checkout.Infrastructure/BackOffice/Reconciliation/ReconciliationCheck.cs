namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>The three things a reconciliation run checks (issue 10, "Reconciliation").</summary>
public enum ReconciliationCheck
{
    /// <summary>An account's stored balance equals the sum of its ledger entries.</summary>
    AccountBalance,

    /// <summary>Every currency's entries sum to zero: no money was created or lost.</summary>
    CurrencySum,

    /// <summary>A paid session has exactly one final proof.</summary>
    SessionProof,
}
