using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Orders;

public sealed class DemoOrderTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_706_500_000);

    [Fact]
    public void MarkPaid_WhenPending_RecordsTheProof()
    {
        var order = NewOrder();

        var recording = order.MarkPaid(200, "tx_1", Now);

        Assert.Equal(PaymentRecording.Recorded, recording);
        Assert.Equal((DemoOrderStatus.Paid, 200L, "tx_1", Now), (order.Status, order.PaidIssuer!.Value, order.PaidTxid!, order.PaidAt!.Value));
    }

    [Fact]
    public void MarkPaid_SameProofAgain_IsDuplicate()
    {
        var order = NewOrder();
        order.MarkPaid(200, "tx_1", Now);

        var recording = order.MarkPaid(200, "tx_1", Now.AddMinutes(1));

        Assert.Equal(PaymentRecording.Duplicate, recording);
        Assert.Equal(Now, order.PaidAt);
    }

    [Theory]
    [InlineData(200, "tx_2")]
    [InlineData(201, "tx_1")]
    public void MarkPaid_AnotherProof_IsAlreadyPaidAndKeepsTheFirst(long issuer, string txid)
    {
        var order = NewOrder();
        order.MarkPaid(200, "tx_1", Now);

        var recording = order.MarkPaid(issuer, txid, Now);

        Assert.Equal(PaymentRecording.AlreadyPaid, recording);
        Assert.Equal((200L, "tx_1"), (order.PaidIssuer!.Value, order.PaidTxid!));
    }

    private static DemoOrder NewOrder() => new("ord_1", "Opencharge mug", "{}", "sig", "12.50", "USD", Now);
}
