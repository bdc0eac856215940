using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants;

public sealed class ClaimMerchantTests
{
    private const string User = "user_1";
    private const string Actor = "merchant@example.test";
    private static readonly Ocid Merchant = new(9001);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_790_000_000));
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryOnboardingChallenges _challenges = new();
    private readonly InMemoryMerchantClaims _claims = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly FakePeerDirectory _peers = new();

    public ClaimMerchantTests() => _peers.Publish(Merchant, TestKeys.PublicKeyOf(TestKeys.Peer));

    [Fact]
    public async Task Execute_SignedWithTheOcidsRegistryKey_ClaimsItAndAuditsIt()
    {
        var challenge = await IssueAsync(Merchant);

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Peer, challenge.Text));

        Assert.True(claimed.IsSuccess);
        Assert.Equal([Merchant], await _claims.OwnedByAsync(User, CancellationToken.None));
        var audited = Assert.Single(_audit.Events);
        Assert.Equal(AuditActions.MerchantClaimed, audited.Action);
        Assert.Equal(Actor, audited.Actor);
        Assert.Equal("9001", audited.Subject);
        Assert.Equal(2, _unitOfWork.Commits);
    }

    [Fact]
    public async Task Execute_SignedWithAnotherKey_ReturnsBadSignatureAndClaimsNothing()
    {
        var challenge = await IssueAsync(Merchant);

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Other, challenge.Text));

        Assert.Equal(OnboardingErrors.InvalidSignatureCode, claimed.Error?.Code);
        Assert.Empty(_claims.All);
        Assert.Empty(_audit.Events);
        Assert.Null(challenge.UsedAt);
    }

    [Fact]
    public async Task Execute_SignatureOverOtherText_ReturnsBadSignature()
    {
        var challenge = await IssueAsync(Merchant);

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Peer, challenge.Text + " "));

        Assert.Equal(OnboardingErrors.InvalidSignatureCode, claimed.Error?.Code);
    }

    [Fact]
    public async Task Execute_Garbage_ReturnsBadSignature()
    {
        var challenge = await IssueAsync(Merchant);

        var claimed = await ClaimAsync(challenge, "not a signature");

        Assert.Equal(OnboardingErrors.InvalidSignatureCode, claimed.Error?.Code);
    }

    [Fact]
    public async Task Execute_KeyRotatedSinceCached_VerifiesWithTheFreshKey()
    {
        var challenge = await IssueAsync(Merchant);
        _peers.PublishOnRefresh(Merchant, TestKeys.PublicKeyOf(TestKeys.Other));

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Other, challenge.Text));

        Assert.True(claimed.IsSuccess);
    }

    [Fact]
    public async Task Execute_AfterExpiry_ReturnsExpiredAndClaimsNothing()
    {
        var challenge = await IssueAsync(Merchant);
        _time.Advance(OnboardingChallenge.Lifetime);

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Peer, challenge.Text));

        Assert.Equal(OnboardingErrors.ChallengeExpiredCode, claimed.Error?.Code);
        Assert.Empty(_claims.All);
    }

    [Fact]
    public async Task Execute_SameChallengeTwice_RefusesTheSecondAsUsed()
    {
        var challenge = await IssueAsync(Merchant);
        var signature = TestKeys.Sign(TestKeys.Peer, challenge.Text);
        await ClaimAsync(challenge, signature);

        var again = await ClaimAsync(challenge, signature);

        Assert.Equal(OnboardingErrors.ChallengeUsedCode, again.Error?.Code);
        Assert.Single(_audit.Events);
    }

    [Fact]
    public async Task Execute_AnotherUsersChallenge_ReturnsNotFound()
    {
        var challenge = await IssueAsync(Merchant);

        var claimed = await Claim().ExecuteAsync("user_2", Actor, challenge.Id, TestKeys.Sign(TestKeys.Peer, challenge.Text), CancellationToken.None);

        Assert.Equal(OnboardingErrors.ChallengeNotFoundCode, claimed.Error?.Code);
        Assert.Empty(_claims.All);
    }

    [Fact]
    public async Task Issue_OcidNotInTheRegistry_ReturnsUnknownOcidAndStoresNoChallenge()
    {
        var issued = await Issue().ExecuteAsync(User, new Ocid(4242), CancellationToken.None);

        Assert.Equal(OnboardingErrors.UnknownOcidCode, issued.Error?.Code);
        Assert.Equal(0, _unitOfWork.Commits);
    }

    [Fact]
    public async Task Issue_RegistryUnreachable_SaysSo()
    {
        _peers.MakeUnavailable(Merchant);

        var issued = await Issue().ExecuteAsync(User, Merchant, CancellationToken.None);

        Assert.Equal(OnboardingErrors.RegistryUnavailableCode, issued.Error?.Code);
    }

    [Fact]
    public async Task Execute_RegistryUnreachableWhenAnswering_SaysSoAndClaimsNothing()
    {
        var challenge = await IssueAsync(Merchant);
        _peers.MakeUnavailable(Merchant);

        var claimed = await ClaimAsync(challenge, TestKeys.Sign(TestKeys.Peer, challenge.Text));

        Assert.Equal(OnboardingErrors.RegistryUnavailableCode, claimed.Error?.Code);
        Assert.Empty(_claims.All);
    }

    private async Task<OnboardingChallenge> IssueAsync(Ocid ocid) =>
        (await Issue().ExecuteAsync(User, ocid, CancellationToken.None)).Value!;

    private Task<Result<MerchantClaim>> ClaimAsync(OnboardingChallenge challenge, string signature) =>
        Claim().ExecuteAsync(User, Actor, challenge.Id, signature, CancellationToken.None);

    private IssueOnboardingChallenge Issue() => new(_unitOfWork, _challenges, _peers, new FakeProtocolSigner(), _time);

    private ClaimMerchant Claim() => new(_unitOfWork, _challenges, _claims, _peers, new BouncyCastleSecp256k1(), _audit, _time);
}
