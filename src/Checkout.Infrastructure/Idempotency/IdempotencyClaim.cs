namespace OpenCharge.Checkout.Infrastructure.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>First use of the key: do the work, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The key's first request finished: answer its stored response.</summary>
    Replay,

    /// <summary>The key was first used with a different request.</summary>
    Conflict,

    /// <summary>The key's first request is still running.</summary>
    InProgress,
}

public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, int StatusCode = 0, byte[]? Body = null);
