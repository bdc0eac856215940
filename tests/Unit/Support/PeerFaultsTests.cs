using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

public sealed class PeerFaultsTests : IAsyncLifetime
{
    private PeerNetwork _network = null!;

    public async Task InitializeAsync() => _network = await PeerNetwork.StartAsync();

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task AnswerInsufficientFunds_WhenOn_Answers402AndMovesNothing()
    {
        _network.Provider.Faults.AnswerInsufficientFunds = true;

        var reply = await CreateTransferAsync();

        Assert.Equal((402, "INSUFFICIENT_FUNDS"), (reply.Status, reply.ErrorCode));
        Assert.Equal(402, Assert.Single(_network.Provider.Host.Calls, call => call.Path == "/opencharge/transfer/create").Status);
        Assert.Empty(_network.Provider.Transfers);
        Assert.Equal(100m, _network.Provider.Ledger.BalanceOf(200, "USD"));
    }

    [Fact]
    public async Task AnswerDelay_WhenCallerTimesOut_TransferHappenedOnceAndRetryGetsTheSameProof()
    {
        _network.Provider.Faults.AnswerDelay = TimeSpan.FromMinutes(5);
        using var impatient = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateTransferAsync(impatient.Token));
        _network.Provider.Faults.AnswerDelay = null;
        var retry = await CreateTransferAsync();

        var transfer = Assert.Single(_network.Provider.Transfers);
        Assert.Equal(transfer.Txid, SignedProof.From(retry.Json())!.Txid);
        Assert.Equal(90m, _network.Provider.Ledger.BalanceOf(200, "USD"));
    }

    [Fact]
    public async Task HoldTransfers_UntilReleased_VerifyAnswersPendingThenCompleted()
    {
        _network.Provider.Faults.HoldTransfers = true;
        using var impatient = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateTransferAsync(impatient.Token));
        var held = Assert.Single(_network.Provider.HeldTransfers);
        var pending = await VerifyAsync(held.Txid);

        await _network.Provider.ReleaseHeldTransfersAsync();
        var completed = await VerifyAsync(held.Txid);

        Assert.Equal("pending", pending.Json().GetProperty("status").GetString());
        Assert.Equal("completed", completed.Json().GetProperty("status").GetString());
        Assert.Equal((90m, 10m), (_network.Provider.Ledger.BalanceOf(200, "USD"), _network.Provider.Ledger.BalanceOf(300, "USD")));
    }

    [Theory]
    [InlineData(ProofFault.WrongAmount, "11.00", "USD", 300L, 100L)]
    [InlineData(ProofFault.WrongCurrency, "10.00", "EUR", 300L, 100L)]
    [InlineData(ProofFault.WrongTo, "10.00", "USD", 301L, 100L)]
    [InlineData(ProofFault.WrongIssuer, "10.00", "USD", 300L, 999_999L)]
    public async Task ProofFault_WhenOn_AnswersThatWrongProofButVerifyShowsTheGenuineOne(ProofFault fault, string amount, string currency, long to, long issuer)
    {
        _network.Provider.Faults.ProofFault = fault;

        var answered = SignedProof.From((await CreateTransferAsync()).Json())!;

        Assert.Equal((amount, currency, to, issuer), (answered.Amount, answered.Currency, answered.ToOcid, answered.Issuer));
        var genuine = Assert.Single(_network.Provider.Transfers).Genuine;
        Assert.Equal(("10.00", "USD", 300L, 100L), (genuine.Amount, genuine.Currency, genuine.ToOcid, genuine.Issuer));
    }

    [Fact]
    public async Task ProofFault_BadSignature_AnswersAProofThatDoesNotVerify()
    {
        _network.Provider.Faults.ProofFault = ProofFault.BadSignature;

        var answered = SignedProof.From((await CreateTransferAsync()).Json())!;

        Assert.Equal(130, answered.Signature.Length);
        Assert.False(await _network.Payer.VerifyProofAsync(answered, CancellationToken.None));
        Assert.True(await _network.Payer.VerifyProofAsync(_network.Provider.Transfers[0].Genuine, CancellationToken.None));
    }

    [Fact]
    public async Task ProofFault_OnGatewaySettle_AnswersTheWrongProofAndForwardsIt()
    {
        _network.Gateway.Faults.ProofFault = ProofFault.WrongAmount;
        var payment = await _network.OpenPaymentAsync();

        var reply = await _network.SettleAsync(payment, await _network.ProviderProofForAsync(payment));

        Assert.Equal("11.00", SignedProof.From(reply.Json())!.Amount);
        Assert.Equal("AMOUNT_MISMATCH", Assert.Single(_network.Merchant.Calls).Outcome);
        Assert.Empty(_network.Merchant.AcceptedProofs);
    }

    private Task<PeerReply> VerifyAsync(string txid) =>
        _network.Payer.SendAsync(HttpMethod.Get, $"{_network.Provider.Endpoint}/verify/{txid}", null);

    private Task<PeerReply> CreateTransferAsync(CancellationToken cancellationToken = default) =>
        _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1"), cancellationToken);
}
