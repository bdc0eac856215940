namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>
/// One thing a run found wrong: which check, what it concerns (an account's owner, a currency, a session id) and the
/// figure the books imply against the figure stored. Amounts are in minor units of <see cref="Currency"/>; for
/// <see cref="ReconciliationCheck.SessionProof"/> the figures count proofs and the currency is null.
/// </summary>
public sealed record Discrepancy(ReconciliationCheck Check, string Subject, string? Currency, long Expected, long Actual)
{
    public const int MaxSubjectLength = 128;
}
