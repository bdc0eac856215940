using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

internal sealed class EfOnboardingChallenges(CheckoutDbContext db) : IOnboardingChallenges
{
    public void Add(OnboardingChallenge challenge) => db.OnboardingChallenges.Add(challenge);

    public Task<OnboardingChallenge?> FindAsync(OnboardingChallengeId id, string userId, CancellationToken cancellationToken) =>
        db.OnboardingChallenges.SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, cancellationToken);
}
