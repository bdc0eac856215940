namespace OpenCharge.Checkout.Domain.Merchants;

public readonly record struct OnboardingChallengeId(Guid Value)
{
    public static OnboardingChallengeId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString("N");
}
