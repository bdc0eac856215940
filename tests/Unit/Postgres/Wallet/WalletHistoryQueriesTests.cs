using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Wallet;

namespace OpenCharge.Checkout.UnitTests.Postgres.Wallet;

public sealed class WalletHistoryQueriesTests(WalletBooks books) : IClassFixture<WalletBooks>
{
    [Fact]
    public async Task PageAsync_ShopperWithoutAccounts_ReturnsNothing()
    {
        var history = await books.History.PageAsync("nobody", 0, 20, CancellationToken.None);

        Assert.Empty(history.Movements);
        Assert.Equal(0, history.TotalCount);
    }

    [Fact]
    public async Task PageAsync_TopUpThenDirectPayment_ListsPaymentFirstWithMerchantOrderAndReceipt()
    {
        await books.TopUpAsync("direct", 50_00);
        var session = await books.PayDirectAsync("direct");

        var history = await books.History.PageAsync("direct", 0, 20, CancellationToken.None);

        Assert.Equal(2, history.TotalCount);
        var payment = history.Movements[0];
        Assert.Equal(WalletMovementKind.Payment, payment.Kind);
        Assert.Equal(new Money(-12_50, WalletBooks.Usd), payment.Amount);
        Assert.Equal(WalletBooks.Merchant, payment.Counterparty);
        Assert.Equal(session.OrderId, payment.OrderId);
        Assert.Equal(WalletPaymentStatus.Paid, payment.Status);
        Assert.Equal(session.Payment!.ProofTxid, payment.ReceiptTxid);
        Assert.Equal(WalletMovementKind.TopUp, history.Movements[1].Kind);
        Assert.Equal(new Money(50_00, WalletBooks.Usd), history.Movements[1].Amount);
    }

    [Fact]
    public async Task PageAsync_RemoteSettlementRunning_ShowsPaymentProcessingWithReceipt()
    {
        await books.TopUpAsync("held", 20_00);
        var session = await books.HoldRemoteAsync("held");

        var payment = (await books.History.PageAsync("held", 0, 20, CancellationToken.None)).Movements[0];

        Assert.Equal(WalletPaymentStatus.Processing, payment.Status);
        Assert.Equal(new Money(-12_50, WalletBooks.Usd), payment.Amount);
        Assert.Equal(session.Payment!.ProofTxid, payment.ReceiptTxid);
    }

    [Fact]
    public async Task PageAsync_SettlementReversedThenPaidAgain_ShowsReversedPaymentItsRefundAndThePaidOne()
    {
        await books.TopUpAsync("reversed", 20_00);
        var session = await books.HoldRemoteAsync("reversed");
        await books.SettleAsync(session.Id, complete: false);
        await books.HoldRemoteAgainAsync("reversed", session.Id);
        var paid = await books.SettleAsync(session.Id, complete: true);

        var movements = (await books.History.PageAsync("reversed", 0, 20, CancellationToken.None)).Movements;

        Assert.Equal(
            [WalletMovementKind.Payment, WalletMovementKind.Refund, WalletMovementKind.Payment, WalletMovementKind.TopUp],
            movements.Select(m => m.Kind));
        Assert.Equal(WalletPaymentStatus.Paid, movements[0].Status);
        Assert.Equal(paid.Payment!.ProofTxid, movements[0].ReceiptTxid);
        Assert.Equal(new Money(12_50, WalletBooks.Usd), movements[1].Amount);
        Assert.Equal(session.OrderId, movements[1].OrderId);
        Assert.Equal(WalletPaymentStatus.Reversed, movements[2].Status);
        Assert.Null(movements[2].ReceiptTxid);
    }

    [Fact]
    public async Task PageAsync_TransferReceived_NamesTheSenderAndItsReference()
    {
        await books.ReceiveTransferAsync("receiver", new Ocid(700), 30_00, "octx_from_700", "payout-42");

        var movement = Assert.Single((await books.History.PageAsync("receiver", 0, 20, CancellationToken.None)).Movements);

        Assert.Equal(WalletMovementKind.TransferReceived, movement.Kind);
        Assert.Equal(new Money(30_00, WalletBooks.Usd), movement.Amount);
        Assert.Equal(new Ocid(700), movement.Counterparty);
        Assert.Equal("payout-42", movement.SenderReference);
        Assert.Null(movement.Status);
    }

    [Fact]
    public async Task PageAsync_LaterPages_ContinueNewestFirstWithoutOverlap()
    {
        for (var i = 1; i <= 5; i++)
        {
            await books.TopUpAsync("pages", i * 1_00);
        }

        var pages = new[]
        {
            await books.History.PageAsync("pages", 0, 2, CancellationToken.None),
            await books.History.PageAsync("pages", 1, 2, CancellationToken.None),
            await books.History.PageAsync("pages", 2, 2, CancellationToken.None),
        };

        Assert.All(pages, page => Assert.Equal(5, page.TotalCount));
        Assert.Equal([5_00, 4_00, 3_00, 2_00, 1_00], pages.SelectMany(p => p.Movements).Select(m => m.Amount.Minor));
    }

    [Fact]
    public async Task PageAsync_AnotherShoppersMovements_AreNotListed()
    {
        await books.TopUpAsync("mine", 10_00);
        await books.TopUpAsync("theirs", 20_00);
        await books.PayDirectAsync("theirs");

        var history = await books.History.PageAsync("mine", 0, 20, CancellationToken.None);

        Assert.Equal(WalletMovementKind.TopUp, Assert.Single(history.Movements).Kind);
    }

    [Fact]
    public async Task BalancesAsync_AfterTopUpAndPayment_ReturnsWhatIsLeftPerCurrency()
    {
        await books.TopUpAsync("balance", 20_00);
        await books.PayDirectAsync("balance");

        var balances = await books.History.BalancesAsync("balance", CancellationToken.None);

        Assert.Equal([new Money(7_50, WalletBooks.Usd)], balances);
    }
}
