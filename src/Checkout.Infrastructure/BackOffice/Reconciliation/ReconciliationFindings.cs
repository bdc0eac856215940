namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>What the checks saw in one snapshot of the books, before it is stored as a run.</summary>
public sealed record ReconciliationFindings(int AccountsChecked, int CurrenciesChecked, int SessionsChecked, IReadOnlyList<Discrepancy> Discrepancies);
