using Bunit;

using OpenCharge.Checkout.Web.Components.Pages.Checkout;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

public sealed class SettlementFailedNoticeTests : ComponentTestContext
{
    [Fact]
    public void Render_ReversedSettlement_SaysNothingWasChargedWithoutThePeersEnglishReason()
    {
        var notice = Render<SettlementFailedNotice>(p => p.Add(c => c.Reason, "100 refused: HTTP 402 INSUFFICIENT_FUNDS"));

        var text = notice.Find("[data-testid=settlement-failed]").TextContent;
        Assert.DoesNotContain("INSUFFICIENT_FUNDS", text, StringComparison.Ordinal);
        Assert.Contains("You were not charged, and you can try again.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoReversal_ShowsNothing()
    {
        var notice = Render<SettlementFailedNotice>(p => p.Add(c => c.Reason, null));

        Assert.Empty(notice.FindAll("[data-testid=settlement-failed]"));
    }
}
