using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants;

public sealed class OnboardingChallengeTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);

    [Fact]
    public void Issue_Always_NamesUsTheOcidANonceAndTheExpiryInOneLine()
    {
        var challenge = OnboardingChallenge.Issue("user_1", new Ocid(9001), new Ocid(200), Now);

        Assert.Matches("^opencharge-merchant-claim:v1:200:9001:[0-9a-f]{32}:1790000600$", challenge.Text);
        Assert.Equal(Now + OnboardingChallenge.Lifetime, challenge.ExpiresAt);
    }

    [Fact]
    public void Issue_Twice_GivesDifferentTexts()
    {
        var first = OnboardingChallenge.Issue("user_1", new Ocid(9001), new Ocid(200), Now);
        var second = OnboardingChallenge.Issue("user_1", new Ocid(9001), new Ocid(200), Now);

        Assert.NotEqual(first.Text, second.Text);
    }

    [Fact]
    public void Redeem_Twice_RefusesTheSecondAsUsed()
    {
        var challenge = OnboardingChallenge.Issue("user_1", new Ocid(9001), new Ocid(200), Now);

        var first = challenge.Redeem(Now);
        var second = challenge.Redeem(Now);

        Assert.True(first.IsSuccess);
        Assert.Equal(OnboardingErrors.ChallengeUsedCode, second.Error?.Code);
    }

    [Fact]
    public void Redeem_AtExpiry_ReturnsExpiredAndStaysUnused()
    {
        var challenge = OnboardingChallenge.Issue("user_1", new Ocid(9001), new Ocid(200), Now);

        var redeemed = challenge.Redeem(challenge.ExpiresAt);

        Assert.Equal(OnboardingErrors.ChallengeExpiredCode, redeemed.Error?.Code);
        Assert.Null(challenge.UsedAt);
    }
}
