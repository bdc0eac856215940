using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;

internal sealed class InMemoryOnboardingChallenges : IOnboardingChallenges
{
    private readonly List<OnboardingChallenge> _challenges = [];

    public void Add(OnboardingChallenge challenge) => _challenges.Add(challenge);

    public Task<OnboardingChallenge?> FindAsync(OnboardingChallengeId id, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_challenges.SingleOrDefault(c => c.Id == id && c.UserId == userId));
}
