using System.Text.Json;

using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants;

public sealed class ChangeMerchantSettingsTests
{
    private const string User = "user_1";
    private static readonly Ocid Merchant = new(9001);
    private static readonly MerchantSettingsLimits Limits = new(TimeSpan.FromMinutes(30), SandboxDeployment: true);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_790_000_000));
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryMerchantClaims _claims = new();
    private readonly InMemoryMerchantSettings _settings = new();
    private readonly InMemoryAuditLog _audit = new();

    [Fact]
    public async Task Execute_OcidNotClaimed_ReturnsNotClaimedAndChangesNothing()
    {
        var changed = await ChangeAsync(Success("https://shop.example/a"));

        Assert.Equal(MerchantSettingsErrors.NotClaimedCode, changed.Error?.Code);
        Assert.Null(await _settings.FindAsync(Merchant, CancellationToken.None));
        Assert.Empty(_audit.Events);
    }

    [Fact]
    public async Task Execute_SecondChange_AuditsTheSettingsBeforeAndAfter()
    {
        await ClaimAsync();
        await ChangeAsync(Success("https://shop.example/a"));

        var changed = await ChangeAsync(Success("https://shop.example/b"));

        Assert.Equal(new Uri("https://shop.example/b"), changed.Value!.SuccessUrl);
        var audited = _audit.Events[^1];
        Assert.Equal(AuditActions.MerchantSettingsChanged, audited.Action);
        Assert.Equal("https://shop.example/a", JsonDocument.Parse(audited.Before!).RootElement.GetProperty("successUrl").GetString());
        Assert.Equal("https://shop.example/b", JsonDocument.Parse(audited.After!).RootElement.GetProperty("successUrl").GetString());
    }

    [Fact]
    public async Task Execute_FirstChange_AuditsNoBefore()
    {
        await ClaimAsync();

        await ChangeAsync(Success("https://shop.example/a"));

        Assert.Null(Assert.Single(_audit.Events).Before);
    }

    [Fact]
    public async Task Execute_InvalidChange_ReturnsWhyAndSavesNothing()
    {
        await ClaimAsync();

        var changed = await ChangeAsync(Success("https://shop.example/a") with { AccentColour = "blue" });

        Assert.Equal(MerchantSettingsErrors.InvalidCode, changed.Error?.Code);
        Assert.Equal(0, _unitOfWork.Commits);
    }

    private Task ClaimAsync() => _claims.AddAsync(MerchantClaim.Prove(Merchant, User, _time.GetUtcNow()), CancellationToken.None);

    private static MerchantSettingsChange Success(string url) =>
        new(null, null, null, new Uri(url), new Uri("https://shop.example/cancel"), false, [], null, true);

    private Task<Result<MerchantSettings>> ChangeAsync(MerchantSettingsChange change) =>
        new ChangeMerchantSettings(_unitOfWork, _claims, _settings, _audit, Limits, _time)
            .ExecuteAsync(User, "merchant@example.test", Merchant, change, CancellationToken.None);
}
