using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Settlement;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Settlement;

public sealed class VerifyPeerTxidTests : PeerBooksTest
{
    [Fact]
    public async Task Execute_TransferItIssued_AnswersCompletedWithTheSameProof()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));
        var transfer = await Transfers.ExecuteAsync(Bank, BankSigner, new Ocid(Us), Transfer(Store, "ord_1"), null, CancellationToken.None);
        using var issued = JsonDocument.Parse(transfer.Json!);
        var txid = issued.RootElement.GetProperty("proof").GetProperty("txid").GetString()!;

        var outcome = await Verify.ExecuteAsync(Bank, txid, CancellationToken.None);

        Assert.Equal(transfer.Json, outcome.Json);
    }

    [Fact]
    public async Task Execute_PendingPayment_AnswersPendingThenExpired()
    {
        await OpenAsync(Exchange, (Store, 0));
        var created = await Payments.ExecuteAsync(Exchange, new Ocid(Us), new PaymentCreateRequest(Store, "12.50", "USD", "step_1", null, "ord_1"), null, CancellationToken.None);
        using var payment = JsonDocument.Parse(created.Json!);
        var txid = payment.RootElement.GetProperty("txid").GetString()!;

        var pending = await Verify.ExecuteAsync(Exchange, txid, CancellationToken.None);
        Time.Advance(CreatePeerPayment.DefaultExpiry + TimeSpan.FromSeconds(1));
        var expired = await Verify.ExecuteAsync(Exchange, txid, CancellationToken.None);

        Assert.Equal("pending", JsonDocument.Parse(pending.Json!).RootElement.GetProperty("status").GetString());
        Assert.Equal("expired", JsonDocument.Parse(expired.Json!).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Execute_TxidIssuedByAnotherPeer_Answers404TxidNotFound()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));
        var transfer = await Transfers.ExecuteAsync(Bank, BankSigner, new Ocid(Us), Transfer(Store, "ord_1"), null, CancellationToken.None);
        using var issued = JsonDocument.Parse(transfer.Json!);

        var outcome = await Verify.ExecuteAsync(Exchange, issued.RootElement.GetProperty("proof").GetProperty("txid").GetString()!, CancellationToken.None);

        Assert.Equal((404, "TXID_NOT_FOUND"), (outcome.Error!.Status, outcome.Error.Code));
    }

    private VerifyPeerTxid Verify => new(Contexts, Time);
}
