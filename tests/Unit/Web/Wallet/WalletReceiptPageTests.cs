using Bunit;

using OpenCharge.Checkout.UnitTests.Postgres.Wallet;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletReceiptPageTests(WalletBooks books) : WalletPageTest(books)
{
    [Fact]
    public async Task Render_ThePayer_ShowsAmountMerchantOrderTimeTxidStatusAndRoute()
    {
        await Books.TopUpAsync("receipt-owner", 20_00);
        var session = await Books.PayDirectAsync("receipt-owner");
        var txid = session.Payment!.ProofTxid;
        SignInAs("receipt-owner");

        var page = Render<WalletReceiptPage>(p => p.Add(c => c.Txid, txid));

        WaitFor(page, () => Assert.Equal("Receipt", page.Find("h1").TextContent.Trim()));
        Assert.Equal("12.50 USD", page.Find("[data-testid=receipt-amount]").TextContent.Trim());
        Assert.Equal("Peer 9001 (OCID 9001)", page.Find("[data-testid=receipt-merchant]").TextContent.Trim());
        Assert.Equal(session.OrderId, page.Find("[data-testid=receipt-order]").TextContent.Trim());
        Assert.Equal(txid, page.Find("[data-testid=receipt-txid]").TextContent.Trim());
        Assert.Equal("Paid", page.Find("[data-testid=receipt-status]").TextContent.Trim());
        Assert.Equal("Directly: OpenCharge Checkout sends Peer 9001 the proof of payment", page.Find("[data-testid=receipt-settlement]").TextContent.Trim());
        Assert.Contains(WalletActivityList.When(session.Payment.PaidAt), page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RemotePathStillSettling_SaysProcessingThroughTheLastHop()
    {
        await Books.TopUpAsync("receipt-remote", 20_00);
        var session = await Books.HoldRemoteAsync("receipt-remote");
        SignInAs("receipt-remote");

        var page = Render<WalletReceiptPage>(p => p.Add(c => c.Txid, session.Payment!.ProofTxid));

        WaitFor(page, () => Assert.Equal("Processing", page.Find("[data-testid=receipt-status]").TextContent.Trim()));
        Assert.Equal("Peer 300 (OCID 300), which sends Peer 9001 the proof of payment", page.Find("[data-testid=receipt-settlement]").TextContent.Trim());
    }

    [Fact]
    public async Task Render_AnotherShopper_ShowsExactlyTheNotFoundPageOfAnUnknownTxid()
    {
        await Books.TopUpAsync("receipt-victim", 20_00);
        var session = await Books.PayDirectAsync("receipt-victim");
        SignInAs("receipt-snoop");
        var unknown = Render<WalletReceiptPage>(p => p.Add(c => c.Txid, "octx_does_not_exist"));
        WaitFor(unknown, () => Assert.Equal("Receipt not found", unknown.Find("h1").TextContent.Trim()));

        var foreign = Render<WalletReceiptPage>(p => p.Add(c => c.Txid, session.Payment!.ProofTxid));

        WaitFor(foreign, () => Assert.Equal("Receipt not found", foreign.Find("h1").TextContent.Trim()));
        Assert.Equal(TextOf(unknown), TextOf(foreign));
        Assert.DoesNotContain("12.50", foreign.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_Clicked_OpensTheBrowsersPrintDialog()
    {
        await Books.TopUpAsync("receipt-printer", 20_00);
        var session = await Books.PayDirectAsync("receipt-printer");
        SignInAs("receipt-printer");
        var print = JSInterop.SetupVoid("print");
        var page = Render<WalletReceiptPage>(p => p.Add(c => c.Txid, session.Payment!.ProofTxid));
        WaitFor(page, () => Assert.NotNull(page.Find("[data-testid=receipt-txid]")));

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Print").Click();

        print.VerifyInvoke("print");
    }

    // Markup differs in the event handler ids each render gets; what a person reads must not differ at all.
    private static string TextOf(IRenderedComponent<WalletReceiptPage> page) => string.Concat(page.Nodes.Select(node => node.TextContent));
}
