using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Wallet;

namespace OpenCharge.Checkout.UnitTests.Postgres.Wallet;

public sealed class WalletReceiptQueriesTests(WalletBooks books) : IClassFixture<WalletBooks>
{
    [Fact]
    public async Task FindAsync_ThePayer_ReturnsTheMerchantsAmountOrderAndDirectRoute()
    {
        await books.TopUpAsync("payer", 20_00);
        var session = await books.PayDirectAsync("payer");

        var receipt = await books.Receipts.FindAsync("payer", session.Payment!.ProofTxid, CancellationToken.None);

        Assert.NotNull(receipt);
        Assert.Equal("12.50", receipt.Amount);
        Assert.Equal("USD", receipt.Currency.Code);
        Assert.Equal(WalletBooks.Merchant, receipt.MerchantOcid);
        Assert.Equal(session.OrderId, receipt.OrderId);
        Assert.Equal(session.Payment.PaidAt, receipt.PaidAt);
        Assert.Equal(WalletPaymentStatus.Paid, receipt.Status);
        Assert.Equal(SettlementPathKind.Direct, receipt.Path);
        Assert.Null(receipt.SettledThrough);
    }

    [Fact]
    public async Task FindAsync_AnotherShopper_ReturnsNothing()
    {
        await books.TopUpAsync("owner", 20_00);
        var session = await books.PayDirectAsync("owner");

        var receipt = await books.Receipts.FindAsync("stranger", session.Payment!.ProofTxid, CancellationToken.None);

        Assert.Null(receipt);
    }

    [Fact]
    public async Task FindAsync_RemotePathPaid_NamesTheLastHopAsSettlingIt()
    {
        await books.TopUpAsync("remote", 20_00);
        var session = await books.HoldRemoteAsync("remote");
        await books.SettleAsync(session.Id, complete: true);

        var receipt = await books.Receipts.FindAsync("remote", session.Payment!.ProofTxid, CancellationToken.None);

        Assert.NotNull(receipt);
        Assert.Equal(WalletPaymentStatus.Paid, receipt.Status);
        Assert.Equal(SettlementPathKind.CommonProvider, receipt.Path);
        Assert.Equal(WalletBooks.Gateway, receipt.SettledThrough);
    }
}
