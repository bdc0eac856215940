using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Settlement;

public sealed class SettlePeerPaymentTests : PeerBooksTest
{
    [Fact]
    public async Task Settle_ProofFromTheBankForThePayment_CompletesWithTheExchangesProofToTheOrder()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, BankProof(txid));

        using var answer = JsonDocument.Parse(outcome.Json!);
        var proof = answer.RootElement.GetProperty("proof");
        Assert.Equal("completed", answer.RootElement.GetProperty("status").GetString());
        Assert.Equal((9003L, txid, 9001L, "ord_1"), (proof.GetProperty("issuer").GetInt64(), proof.GetProperty("txid").GetString(), proof.GetProperty("to").GetProperty("ocid").GetInt64(), proof.GetProperty("to").GetProperty("reference").GetString()));
        Assert.Equal((12_50L, 0L), (await BalanceAsync(Exchange, Store), await BooksTotalAsync(Exchange)));
        Assert.Equal("ord_1", Assert.Single(await ForwardsAsync()).OrderId);
    }

    [Fact]
    public async Task Settle_SameProofTwice_AnswersTheSameProofAndCreditsOnce()
    {
        var txid = await OpenPaymentAsync();

        var first = await SettleAsync(txid, BankProof(txid));
        var second = await SettleAsync(txid, BankProof(txid));

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(12_50L, await BalanceAsync(Exchange, Store));
    }

    [Fact]
    public async Task Settle_ProofFromAnIssuerItDoesNotAccept_Returns400IssuerNotAccepted()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, new ProofBuilder().To(9003, txid).Build());

        await AssertRefusedAsync(outcome, 400, "ISSUER_NOT_ACCEPTED");
    }

    [Fact]
    public async Task Settle_ProofNotSignedByItsIssuer_Returns400ProofSignatureInvalid()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, new ProofBuilder().IssuedBy(9002).To(9003, txid).SignedWith(ProofBuilder.OtherKey).Build());

        await AssertRefusedAsync(outcome, 400, "PROOF_SIGNATURE_INVALID");
    }

    [Fact]
    public async Task Settle_ProofPayingAnotherReference_Returns400InvalidProof()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, BankProof("exchangepay_other"));

        await AssertRefusedAsync(outcome, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Settle_ProofPayingAnotherOcid_Returns400InvalidProof()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, new ProofBuilder().IssuedBy(9002).To(9004, txid).SignedWith(BankKey).Build());

        await AssertRefusedAsync(outcome, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Settle_ProofForAnotherAmount_Returns400AmountMismatch()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, new ProofBuilder().IssuedBy(9002).To(9003, txid).Paying("12.5", "USD").SignedWith(BankKey).Build());

        await AssertRefusedAsync(outcome, 400, "AMOUNT_MISMATCH");
    }

    [Fact]
    public async Task Settle_ProofInAnotherCurrency_Returns400CurrencyMismatch()
    {
        var txid = await OpenPaymentAsync();

        var outcome = await SettleAsync(txid, new ProofBuilder().IssuedBy(9002).To(9003, txid).Paying("12.50", "EUR").SignedWith(BankKey).Build());

        await AssertRefusedAsync(outcome, 400, "CURRENCY_MISMATCH");
    }

    [Fact]
    public async Task Settle_AfterThePaymentExpired_Returns400PaymentExpired()
    {
        var txid = await OpenPaymentAsync();
        Time.Advance(CreatePeerPayment.DefaultExpiry + TimeSpan.FromSeconds(1));

        var outcome = await SettleAsync(txid, BankProof(txid));

        await AssertRefusedAsync(outcome, 400, "PAYMENT_EXPIRED");
    }

    [Fact]
    public async Task Settle_UnknownPayment_Returns404PaymentNotFound()
    {
        await OpenPaymentAsync();

        var outcome = await SettleAsync("exchangepay_unknown", BankProof("exchangepay_unknown"));

        Assert.Equal((404, "PAYMENT_NOT_FOUND"), (outcome.Error!.Status, outcome.Error.Code));
    }

    [Fact]
    public async Task Settle_CompletedPaymentWithAnotherProof_Returns400InvalidState()
    {
        var txid = await OpenPaymentAsync();
        await SettleAsync(txid, BankProof(txid));

        var outcome = await SettleAsync(txid, new ProofBuilder().IssuedBy(9002).To(9003, txid).WithTxid("banktx_2").SignedWith(BankKey).Build());

        Assert.Equal((400, "INVALID_STATE"), (outcome.Error!.Status, outcome.Error.Code));
        Assert.Equal(12_50L, await BalanceAsync(Exchange, Store));
    }

    [Fact]
    public async Task CreatePayment_SameReferenceTwice_OpensOnePayment()
    {
        var first = await OpenPaymentAsync();

        var second = await CreateAsync(Store);

        Assert.Equal(first, second.Json is { } json ? JsonDocument.Parse(json).RootElement.GetProperty("txid").GetString() : null);
    }

    [Fact]
    public async Task CreatePayment_ToAnOcidWithoutAnAccount_Returns400MerchantNotRegistered()
    {
        await OpenAsync(Exchange, (Store, 0));

        var outcome = await CreateAsync(777);

        Assert.Equal((400, "MERCHANT_NOT_REGISTERED"), (outcome.Error!.Status, outcome.Error.Code));
    }

    private async Task<string> OpenPaymentAsync()
    {
        await OpenAsync(Exchange, (Store, 0));
        var created = await CreateAsync(Store);
        using var answer = JsonDocument.Parse(created.Json!);
        Assert.Equal("pending_settlement", answer.RootElement.GetProperty("status").GetString());
        return answer.RootElement.GetProperty("txid").GetString()!;
    }

    private Task<PeerOutcome> CreateAsync(long to) =>
        Payments.ExecuteAsync(Exchange, new Ocid(Us), new PaymentCreateRequest(to, "12.50", "USD", "step_1", null, "ord_1"), null, CancellationToken.None);

    private static byte[] BankProof(string paymentTxid) =>
        new ProofBuilder().IssuedBy(9002).To(9003, paymentTxid).WithTxid("banktx_1").SignedWith(BankKey).Build();

    private Task<PeerOutcome> SettleAsync(string txid, byte[] proof) =>
        Settlements.ExecuteAsync(Exchange, ExchangeSigner, txid, Envelope(proof), CancellationToken.None);

    private async Task AssertRefusedAsync(PeerOutcome outcome, int status, string code)
    {
        Assert.Equal((status, code), (outcome.Error!.Status, outcome.Error.Code));
        Assert.Equal(0L, await BalanceAsync(Exchange, Store));
        Assert.Empty(await ForwardsAsync());
    }
}
