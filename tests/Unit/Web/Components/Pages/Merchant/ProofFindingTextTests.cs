using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.UnitTests.Web.Localization;
using OpenCharge.Checkout.Web.Components.Pages.Merchant;
using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Merchant;

public sealed class ProofFindingTextTests
{
    private static readonly IStringLocalizer<SharedResource> Localizer = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public static TheoryData<ProofFinding> Findings => [.. Enum.GetValues<ProofFinding>()];

    [Theory]
    [MemberData(nameof(Findings))]
    public void For_EveryFindingInArabic_IsTranslated(ProofFinding finding)
    {
        var result = new ProofCheckResult(ProofCheck.Shape, CheckOutcome.Passed, finding, "9001", "ord_1", "ord_2");
        string english;
        using (new CultureScope("en"))
        {
            english = ProofFindingText.For(result, Localizer);
        }

        using var arabic = new CultureScope("ar");
        var text = ProofFindingText.For(result, Localizer);

        Assert.NotEqual(english, text);
    }

    [Fact]
    public void For_Differs_ShowsBothValuesAsWritten()
    {
        var result = new ProofCheckResult(ProofCheck.Amount, CheckOutcome.Failed, ProofFinding.Differs, "10.00", "10.0");

        var text = ProofFindingText.For(result, Localizer);

        Assert.Equal("The proof says \"10.00\", expected \"10.0\" (compared as exact strings).", text);
    }
}
