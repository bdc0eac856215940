namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>The checks of the verify-a-proof tool, in the order they run.</summary>
public enum ProofCheck
{
    /// <summary>The text is a <c>{proof, signature}</c> envelope with every field objects.md §5 requires.</summary>
    Shape,

    /// <summary>The issuer is in the registry and its metadata can be fetched.</summary>
    Issuer,

    /// <summary>The signature was made by the issuer's published key.</summary>
    Key,

    /// <summary>The signature covers the proof's canonical JSON (authentication.md §7), not some other form of it.</summary>
    CanonicalBytes,

    Amount,

    Currency,

    /// <summary>The proof pays one of the user's OCIDs (and the order reference, when given).</summary>
    To,
}

public enum CheckOutcome
{
    Passed,
    Failed,

    /// <summary>Not run: an earlier check failed, or nothing was given to compare with.</summary>
    NotChecked,
}

/// <summary>One check's outcome; <see cref="Finding"/> says what was compared or why it failed, <see cref="Values"/> the values involved.</summary>
public sealed record ProofCheckResult(ProofCheck Check, CheckOutcome Outcome, ProofFinding Finding, params IReadOnlyList<string> Values);
