using System.Globalization;
using System.Security.Cryptography;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// What a portal user must sign with an OCID's registry key to claim it. Issued and kept by us (never trusted from the
/// browser), bound to one user and one OCID, short-lived and good for one claim. The text names our own OCID, so a
/// signature over it cannot be replayed at another gateway, and it is not JSON, so it can never pass for a signed
/// order, proof or request (docs/decisions.md, "Issue 10: merchant onboarding").
/// </summary>
public sealed class OnboardingChallenge
{
    public const string Prefix = "opencharge-merchant-claim:v1";
    public const int MaxTextLength = 200;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private OnboardingChallenge()
    {
    }

    public OnboardingChallengeId Id { get; private set; }

    public string UserId { get; private set; } = "";

    public Ocid Ocid { get; private set; }

    /// <summary>The exact message to sign: <c>opencharge-merchant-claim:v1:{gateway}:{ocid}:{nonce}:{expires}</c>.</summary>
    public string Text { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public uint Version { get; private set; }

    public static OnboardingChallenge Issue(string userId, Ocid ocid, Ocid gateway, DateTimeOffset now)
    {
        var expiresAt = now + Lifetime;
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new OnboardingChallenge
        {
            Id = OnboardingChallengeId.New(),
            UserId = userId,
            Ocid = ocid,
            Text = string.Join(':', Prefix, gateway, ocid, nonce, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            IssuedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Checks the challenge can still be answered, without using it up.</summary>
    public Result EnsureOpen(DateTimeOffset now) =>
        UsedAt is not null ? OnboardingErrors.ChallengeUsed(Ocid)
        : IsExpiredAt(now) ? OnboardingErrors.ChallengeExpired(Ocid)
        : Result.Success();

    /// <summary>Uses the challenge up: a second answer to it is refused, even a correct one.</summary>
    public Result Redeem(DateTimeOffset now)
    {
        var open = EnsureOpen(now);
        if (open.IsSuccess)
        {
            UsedAt = now;
        }
        return open;
    }
}
