using Bunit;

using OpenCharge.Checkout.Web.Components.Pages.Checkout;

using static OpenCharge.Checkout.UnitTests.Builders.CheckoutSessionViewBuilder;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

public sealed class SettlementProgressTests : ComponentTestContext
{
    [Fact]
    public void Render_ProcessingSession_SaysWhoSettlesAndThatTheProofComesFromThem()
    {
        var session = ASession().Processing(300).Build();

        var progress = Render<SettlementProgress>(p => p.Add(c => c.Session, session).Add(c => c.Through, "Mobile Money").Add(c => c.Merchant, "Bean Shop"));

        Assert.Equal("Processing — settling through Mobile Money…", progress.Find("[data-testid=settlement-progress]").TextContent.Trim());
        Assert.Contains("12.50 USD", progress.Markup, StringComparison.Ordinal);
        Assert.Contains("Bean Shop receives its proof of payment from Mobile Money, not from us.", progress.Markup, StringComparison.Ordinal);
        Assert.NotNull(progress.Find("[role=progressbar]"));
    }
}
