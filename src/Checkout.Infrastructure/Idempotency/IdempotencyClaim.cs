namespace OpenCharge.Checkout.Infrastructure.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>First use of the key, or a takeover after the holder's lease ran out: do the work, then complete or release.</summary>
    Claimed,

    /// <summary>The key's first request finished: answer its stored response.</summary>
    Replay,

    /// <summary>The key was first used with a different request.</summary>
    Conflict,

    /// <summary>The key's first request is still running and its lease has not run out.</summary>
    InProgress,
}

/// <summary>The answer to a claim; <see cref="Token"/> identifies the holder when <see cref="Outcome"/> is Claimed.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, Guid Token = default, int StatusCode = 0, byte[]? Body = null);
