using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// Answers a challenge: the signature must verify over the challenge's exact text with the key the OCID publishes in
/// the registry now. Only then, in one unit of work, is the challenge used up, the claim written and
/// <c>merchant.claimed</c> audited; any failure claims nothing.
/// </summary>
public sealed class ClaimMerchant(
    IUnitOfWork unitOfWork,
    IOnboardingChallenges challenges,
    IMerchantClaims claims,
    IPeerDirectory peers,
    ISecp256k1 secp256k1,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<Result<MerchantClaim>> ExecuteAsync(
        string userId, string actor, OnboardingChallengeId challengeId, string signature, CancellationToken cancellationToken)
    {
        var challenge = await challenges.FindAsync(challengeId, userId, cancellationToken);
        if (challenge is null)
        {
            return OnboardingErrors.ChallengeNotFound();
        }
        var open = challenge.EnsureOpen(time.GetUtcNow());
        if (!open.IsSuccess)
        {
            return open.Error;
        }
        var verified = await VerifyAsync(challenge, signature.Trim(), cancellationToken);
        if (!verified.IsSuccess)
        {
            return verified.Error;
        }

        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            var now = time.GetUtcNow();
            var redeemed = challenge.Redeem(now);
            if (!redeemed.IsSuccess)
            {
                return redeemed.Error;
            }
            var claim = MerchantClaim.Prove(challenge.Ocid, userId, now);
            await claims.AddAsync(claim, cancellationToken);
            var after = JsonSerializer.Serialize(new { ocid = challenge.Ocid.Value, publicKey = verified.Value, challenge = challenge.Text });
            audit.Append(AuditEvent.Record(now, actor, AuditActions.MerchantClaimed, challenge.Ocid.ToString(), null, after));
            await transaction.CommitAsync(cancellationToken);
            return claim;
        }
        catch (ConcurrencyConflictException)
        {
            // The same challenge answered twice at once: the other answer used it.
            return OnboardingErrors.ChallengeUsed(challenge.Ocid);
        }
    }

    /// <summary>The key that verified; after a failure the metadata is fetched afresh once, in case the key was rotated.</summary>
    private async Task<Result<string>> VerifyAsync(OnboardingChallenge challenge, string signature, CancellationToken cancellationToken)
    {
        var message = Encoding.UTF8.GetBytes(challenge.Text);
        var key = await RegistryKey.FindAsync(peers, challenge.Ocid, refresh: false, cancellationToken);
        if (!key.IsSuccess)
        {
            return key.Error;
        }
        if (!secp256k1.CanVerify(signature))
        {
            return OnboardingErrors.InvalidSignature(challenge.Ocid);
        }
        if (secp256k1.Verify(key.Value, message, signature))
        {
            return key.Value;
        }
        var fresh = await RegistryKey.FindAsync(peers, challenge.Ocid, refresh: true, cancellationToken);
        return fresh.IsSuccess && fresh.Value != key.Value && secp256k1.Verify(fresh.Value, message, signature)
            ? fresh.Value
            : OnboardingErrors.InvalidSignature(challenge.Ocid);
    }
}
