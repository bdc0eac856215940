using Bunit;

using OpenCharge.Checkout.UnitTests.Postgres.Wallet;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletHomePageSandboxOffTests(WalletBooks books) : WalletPageTest(books, sandbox: false)
{
    [Fact]
    public void Render_SandboxOff_OffersNoTestFunds()
    {
        SignInAs("real-money");

        var page = Render<WalletHomePage>();

        WaitFor(page, () => Assert.NotNull(page.Find("[data-testid=balances-empty]")));
        Assert.DoesNotContain("Add test funds", page.Markup, StringComparison.Ordinal);
    }
}
