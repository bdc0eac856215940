using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants;

public sealed class MerchantSettingsRulesTests
{
    private static readonly Ocid Merchant = new(9001);
    private static readonly MerchantSettingsLimits Production = new(TimeSpan.FromMinutes(30), SandboxDeployment: false);
    private static readonly MerchantSettingsLimits Sandbox = new(TimeSpan.FromMinutes(30), SandboxDeployment: true);
    private static readonly MerchantSettingsChange Sound = new(
        "Corner Shop", new Uri("https://cdn.example/logo.png"), "#1A73e8", new Uri("https://shop.example/thanks"), new Uri("https://shop.example/cart"),
        AlwaysUseMyUrls: true, ["pay.shop.example"], TimeSpan.FromMinutes(10), SandboxMode: false);

    [Fact]
    public void Validate_SoundSettings_AcceptsThem() => Assert.Null(MerchantSettingsRules.Validate(Merchant, Sound, Production));

    [Theory]
    [InlineData("1a73e8")]
    [InlineData("#1a73e")]
    [InlineData("#1a73e8;background:url(x)")]
    [InlineData("red")]
    public void Validate_AccentNotRrggbb_RefusesIt(string accent) =>
        AssertRefused(Sound with { AccentColour = accent }, Production, "accent colour");

    [Fact]
    public void Validate_LogoOverPlainHttp_RefusesItEvenInTheSandbox() =>
        AssertRefused(Sound with { LogoUrl = new Uri("http://cdn.example/logo.png") }, Sandbox, "logo URL");

    [Fact]
    public void Validate_JavascriptLogo_RefusesIt() =>
        AssertRefused(Sound with { LogoUrl = new Uri("javascript:alert(1)") }, Production, "logo URL");

    [Fact]
    public void Validate_PlainHttpSuccessUrlInProduction_RefusesIt() =>
        AssertRefused(Sound with { SuccessUrl = new Uri("http://shop.example/thanks") }, Production, "https");

    [Fact]
    public void Validate_PlainHttpSuccessUrlInTheSandbox_AcceptsIt() =>
        Assert.Null(MerchantSettingsRules.Validate(Merchant, Sound with { SuccessUrl = new Uri("http://localhost:5080/thanks") }, Sandbox));

    [Fact]
    public void Validate_SuccessUrlWithoutCancelUrl_RefusesIt() =>
        AssertRefused(Sound with { CancelUrl = null }, Production, "both");

    [Fact]
    public void Validate_AlwaysMyUrlsWithoutUrls_RefusesIt() =>
        AssertRefused(Sound with { SuccessUrl = null, CancelUrl = null }, Production, "always");

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Validate_SessionTtlOutsideOneMinuteToTheOperatorsSetting_RefusesIt(int minutes) =>
        AssertRefused(Sound with { SessionTtl = TimeSpan.FromMinutes(minutes) }, Production, "between 1 and 30 minutes");

    [Fact]
    public void Validate_SandboxModeOnAProductionDeployment_RefusesIt() =>
        AssertRefused(Sound with { SandboxMode = true }, Production, "sandbox mode");

    [Fact]
    public void Validate_RedirectHostThatIsNoHost_RefusesIt() =>
        AssertRefused(Sound with { RedirectHosts = ["shop.example/path"] }, Production, "redirect hosts");

    [Fact]
    public void Validate_BlankDisplayName_RefusesIt() =>
        AssertRefused(Sound with { DisplayName = " " }, Production, "display name");

    private static void AssertRefused(MerchantSettingsChange change, MerchantSettingsLimits limits, string mention)
    {
        var error = MerchantSettingsRules.Validate(Merchant, change, limits);

        Assert.Equal(MerchantSettingsErrors.InvalidCode, error?.Code);
        Assert.Contains(mention, error!.Message, StringComparison.OrdinalIgnoreCase);
    }
}
