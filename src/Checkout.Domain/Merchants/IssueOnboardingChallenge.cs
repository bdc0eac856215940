using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// Starts a claim: the OCID must resolve in the registry (so an unknown one fails now, not after signing), then a
/// fresh challenge for this user and OCID is stored and its text returned.
/// </summary>
public sealed class IssueOnboardingChallenge(
    IUnitOfWork unitOfWork, IOnboardingChallenges challenges, IPeerDirectory peers, IProtocolSigner us, TimeProvider time)
{
    public async Task<Result<OnboardingChallenge>> ExecuteAsync(string userId, Ocid ocid, CancellationToken cancellationToken)
    {
        var registered = await RegistryKey.FindAsync(peers, ocid, refresh: false, cancellationToken);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }
        var challenge = OnboardingChallenge.Issue(userId, ocid, us.Ocid, time.GetUtcNow());
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        challenges.Add(challenge);
        await transaction.CommitAsync(cancellationToken);
        return challenge;
    }
}
