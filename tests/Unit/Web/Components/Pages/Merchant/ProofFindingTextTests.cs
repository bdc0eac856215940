using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.UnitTests.Web.Localization;
using OpenCharge.Checkout.Web.Components.Pages.Merchant;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Merchant;

public sealed class ProofFindingTextTests
{
    public static TheoryData<ProofFinding> Findings => [.. Enum.GetValues<ProofFinding>()];

    [Theory]
    [MemberData(nameof(Findings))]
    public void For_EveryFindingInArabic_IsTranslated(ProofFinding finding)
    {
        var result = new ProofCheckResult(ProofCheck.Shape, CheckOutcome.Passed, finding, "9001", "ord_1", "ord_2");
        string english;
        using (new CultureScope("en"))
        {
            english = ProofFindingText.For(result, ResourceLocalizer.Shared);
        }

        using var arabic = new CultureScope("ar");
        var text = ProofFindingText.For(result, ResourceLocalizer.Shared);

        Assert.NotEqual(english, text);
    }

    [Fact]
    public void For_Differs_ShowsBothValuesAsWritten()
    {
        var result = new ProofCheckResult(ProofCheck.Amount, CheckOutcome.Failed, ProofFinding.Differs, "10.00", "10.0");

        var text = ProofFindingText.For(result, ResourceLocalizer.Shared);

        Assert.Equal("The proof says \"10.00\", expected \"10.0\" (compared as exact strings).", text);
    }
}
