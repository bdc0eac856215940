using Bunit;

using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.UnitTests.Postgres.Wallet;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletHomePageTests(WalletBooks books) : WalletPageTest(books)
{
    [Fact]
    public void Render_NewShopper_SaysTheWalletIsEmptyAndHasNoActivity()
    {
        SignInAs("newcomer");

        var page = RenderLive();

        WaitFor(page, () => Assert.Contains("Your wallet is empty", page.Find("[data-testid=balances-empty]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=balance]"));
        Assert.Contains("No activity yet", page.Find("[data-testid=activity-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AfterTopUpAndPayment_ShowsTheBalanceAndThePaymentLinkingToItsReceipt()
    {
        await Books.TopUpAsync("spender", 50_00);
        var session = await Books.PayDirectAsync("spender");
        SignInAs("spender");

        var page = RenderLive();

        WaitFor(page, () => Assert.Equal("USD 37.50", string.Join(' ', Assert.Single(page.FindAll("[data-testid=balance]")).Children.Select(c => c.TextContent.Trim()))));
        var items = page.FindAll("[data-testid=activity-item]");
        Assert.Equal(2, items.Count);
        var receipt = items[0].QuerySelector("a")!;
        Assert.Equal("Payment to Peer 9001", receipt.TextContent.Trim());
        Assert.Equal(WalletPaths.Receipt(session.Payment!.ProofTxid), receipt.GetAttribute("href"));
        Assert.Contains("\u221212.50 USD", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("+50.00 USD", items[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MoreMovementsThanFit_ListsOnlyTheLatest()
    {
        for (var i = 1; i <= WalletHomePage.RecentCount + 2; i++)
        {
            await Books.TopUpAsync("busy", i * 1_00);
        }
        SignInAs("busy");

        var page = RenderLive();

        WaitFor(page, () => Assert.Equal(WalletHomePage.RecentCount, page.FindAll("[data-testid=activity-item]").Count));
        Assert.Contains("+7.00 USD", page.FindAll("[data-testid=activity-item]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/wallet/history", page.FindAll("a").Single(a => a.TextContent.Trim() == "All activity").GetAttribute("href"));
    }

    [Fact]
    public async Task TopUp_SandboxOn_AddsTheFundsAndAnnouncesTheNewBalance()
    {
        SignInAs("topper");
        var page = RenderLive();

        WaitFor(page, () => Assert.False(page.FindAll("button").Single(b => b.TextContent.Trim() == "Add test funds").HasAttribute("disabled")));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Add test funds").Click();

        WaitFor(page, () => Assert.Equal(
            "Test funds added. Your balance is 100.00 USD.", page.Find("[data-testid=wallet-announcement]").TextContent.Trim()));
        // The announcement can render before the balance card has reloaded (a CI run found it absent in between).
        WaitFor(page, () => Assert.Contains("100.00", page.Find("[data-testid=balance]").TextContent, StringComparison.Ordinal));
        var history = await Books.History.PageAsync("topper", 0, 5, CancellationToken.None);
        Assert.Equal(WalletMovementKind.TopUp, Assert.Single(history.Movements).Kind);
    }

    [Fact]
    public void Render_Always_OffersPayInStoreAndScan()
    {
        SignInAs("explorer");

        var page = RenderLive();

        Assert.Equal(WalletPaths.PayInStore, page.FindAll("a").Single(a => a.TextContent.Trim() == "Pay in store").GetAttribute("href"));
        Assert.Equal(WalletPaths.Scan, page.FindAll("a").Single(a => a.TextContent.Trim() == "Scan a merchant QR").GetAttribute("href"));
    }

    // The page enables its controls once the circuit is live; the renderer is chosen after the test wired its services.
    private IRenderedComponent<WalletHomePage> RenderLive()
    {
        SetRendererInfo(Interactive);
        return Render<WalletHomePage>();
    }
}
