using Bunit;

using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;
using OpenCharge.Checkout.Web.Components.Pages.Sandbox;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Sandbox;

public sealed class OrderPaymentStatusTests : ComponentTestContext
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 15, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Render_VerifiedPayment_ShowsPaidWithTxidIssuerAmountAndTime()
    {
        var payment = new VerifiedPayment("pg_tx_1", 200, "12.50", "USD", ReceivedAt, SandboxPeer.Gateway);

        var status = Render<OrderPaymentStatus>(parameters => parameters.Add(p => p.Order, Order(payment)));

        var region = status.Find("[role=status]");
        Assert.Contains("Paid, proof verified", region.TextContent);
        Assert.Contains("pg_tx_1", region.TextContent);
        Assert.Contains("OCID 200", region.TextContent);
        Assert.Contains("12.50 USD", region.TextContent);
        Assert.Contains("2026-11-24 15:04:05 UTC", region.TextContent);
    }

    [Fact]
    public void Render_VerifiedPaymentAfterCancel_StillShowsPaid()
    {
        var payment = new VerifiedPayment("pg_tx_1", 200, "12.50", "USD", ReceivedAt, SandboxPeer.Gateway);

        var status = Render<OrderPaymentStatus>(parameters => parameters.Add(p => p.Order, Order(payment)).Add(p => p.Cancelled, true));

        Assert.Contains("Paid, proof verified", status.Find("[role=status]").TextContent);
    }

    [Fact]
    public void Render_CancelledWithoutProof_SaysNothingWasCharged()
    {
        var status = Render<OrderPaymentStatus>(parameters => parameters.Add(p => p.Order, Order(null)).Add(p => p.Cancelled, true));

        Assert.Equal("The payment was cancelled. Nothing was charged.", status.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public void Render_NoProofYet_SaysItIsWaitingAndNotPaid()
    {
        var status = Render<OrderPaymentStatus>(parameters => parameters.Add(p => p.Order, Order(null)));

        var text = status.Find("[role=status]").TextContent;
        Assert.Contains("Waiting for the payment proof", text);
        Assert.DoesNotContain("Paid", text);
    }

    private static DemoOrderView Order(VerifiedPayment? payment) =>
        new("ord_1", "Opencharge mug", "12.50", "USD", payment is null ? DemoOrderStatus.Pending : DemoOrderStatus.Paid, ReceivedAt.AddMinutes(-2), null, payment);
}
