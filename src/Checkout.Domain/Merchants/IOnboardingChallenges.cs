namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>The challenges we issued, kept server-side until answered or expired.</summary>
public interface IOnboardingChallenges
{
    void Add(OnboardingChallenge challenge);

    /// <summary>The challenge, only when it was issued to <paramref name="userId"/>: one user cannot answer another's.</summary>
    Task<OnboardingChallenge?> FindAsync(OnboardingChallengeId id, string userId, CancellationToken cancellationToken);
}
