namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>What the verify-a-proof tool found: every check's outcome, and the canonical string the signature must cover.</summary>
public sealed record ProofInspection(IReadOnlyList<ProofCheckResult> Checks, string? CanonicalJson)
{
    public bool IsValid => Checks.All(c => c.Outcome != CheckOutcome.Failed);

    public ProofCheckResult? FirstFailure => Checks.FirstOrDefault(c => c.Outcome == CheckOutcome.Failed);
}
