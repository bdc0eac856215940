using Bunit;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.UnitTests.Web.Components;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletActivityListTests : ComponentTestContext
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Render_TransferReceived_NamesTheSenderAndItsReferenceAsACredit()
    {
        var transfer = new WalletMovement(Guid.NewGuid(), WalletMovementKind.TransferReceived, new Money(30_00, Usd), At)
        {
            Counterparty = new Ocid(700),
            SenderReference = "payout-42",
        };

        var item = RenderList([transfer], new Dictionary<Ocid, string> { [new Ocid(700)] = "Mobile Money" }).Find("[data-testid=activity-item]");

        Assert.Equal("Received from Mobile Money", item.QuerySelector("span")!.TextContent.Trim());
        Assert.Contains("2026-12-02 09:30 UTC · Reference payout-42", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("+30.00 USD", item.Children[^1].TextContent.Trim());
        Assert.Empty(item.QuerySelectorAll("a"));
    }

    [Fact]
    public void Render_ReversedPaymentAndItsRefund_SayTheMoneyCameBackAndOfferNoReceipt()
    {
        var reversed = new WalletMovement(Guid.NewGuid(), WalletMovementKind.Payment, new Money(-12_50, Usd), At)
        {
            Counterparty = new Ocid(9001),
            OrderId = "ord_7",
            Status = WalletPaymentStatus.Reversed,
        };
        var refund = new WalletMovement(Guid.NewGuid(), WalletMovementKind.Refund, new Money(12_50, Usd), At.AddMinutes(1))
        {
            Counterparty = new Ocid(9001),
            OrderId = "ord_7",
        };

        var list = RenderList([refund, reversed], new Dictionary<Ocid, string>());

        var items = list.FindAll("[data-testid=activity-item]");
        Assert.Contains("Refund of a payment to OCID 9001", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("+12.50 USD", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Order ord_7 · Reversed, money returned", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("\u221212.50 USD", items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("a"));
    }

    [Fact]
    public void Render_ProcessingPayment_LinksToItsReceipt()
    {
        var payment = new WalletMovement(Guid.NewGuid(), WalletMovementKind.Payment, new Money(-5_00, Usd), At)
        {
            Counterparty = new Ocid(9001),
            OrderId = "ord_8",
            Status = WalletPaymentStatus.Processing,
            ReceiptTxid = "octx_8",
        };

        var list = RenderList([payment], new Dictionary<Ocid, string> { [new Ocid(9001)] = "Bean Shop" });

        var link = list.Find("a");
        Assert.Equal("Payment to Bean Shop", link.TextContent.Trim());
        Assert.Equal("/wallet/receipts/octx_8", link.GetAttribute("href"));
        Assert.Contains("Order ord_8 · Processing", list.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<WalletActivityList> RenderList(IReadOnlyList<WalletMovement> movements, IReadOnlyDictionary<Ocid, string> names) =>
        Render<WalletActivityList>(p => p.Add(c => c.Movements, movements).Add(c => c.Names, names).Add(c => c.Label, "History"));
}
