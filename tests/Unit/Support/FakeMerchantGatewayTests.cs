using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

public sealed class FakeMerchantGatewayTests : IAsyncLifetime
{
    private PeerNetwork _network = null!;

    public async Task InitializeAsync() => _network = await PeerNetwork.StartAsync();

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task PaymentCreate_ForServedMerchant_AnswersPendingWithWhatItAccepts()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/payment/create", new JsonObject { ["to"] = 500, ["amount"] = "10.00", ["currency"] = "USD" });

        var body = reply.Json();
        Assert.Equal("pending_settlement", body.GetProperty("status").GetString());
        Assert.Equal([100, 200], body.GetProperty("settlement").GetProperty("accepts").EnumerateArray().Select(a => a.GetInt64()));
    }

    [Fact]
    public async Task PaymentCreate_ForUnknownRecipient_Answers400MerchantNotRegistered()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/payment/create", new JsonObject { ["to"] = 999, ["amount"] = "10.00", ["currency"] = "USD" });

        Assert.Equal((400, "MERCHANT_NOT_REGISTERED"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_WithProviderProof_CompletesAndMerchantHoldsTheGatewaysProof()
    {
        var payment = await _network.OpenPaymentAsync();
        var settlement = await _network.ProviderProofForAsync(payment);

        var reply = await _network.SettleAsync(payment, settlement);

        var answered = SignedProof.From(reply.Json())!;
        Assert.Equal(("completed", payment), (reply.Json().GetProperty("status").GetString(), reply.Json().GetProperty("txid").GetString()));
        Assert.Equal((300L, 500L, "ord_1", 200L, "wallet_" + payment), (answered.Issuer, answered.ToOcid, answered.ToReference, answered.FromOcid, answered.FromReference));
        Assert.Equal(answered.Txid, _network.Merchant.ProofFor("ord_1")!.Txid);
        Assert.Equal(10m, _network.Gateway.Ledger.BalanceOf(500, "USD"));
    }

    [Fact]
    public async Task PaymentSettle_UnknownPayment_Answers404PaymentNotFound()
    {
        var settlement = await _network.ProviderProofForAsync("pay_none");

        var reply = await _network.SettleAsync("pay_none", settlement);

        Assert.Equal((404, "PAYMENT_NOT_FOUND"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_AfterExpiry_Answers400PaymentExpired()
    {
        var created = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/payment/create", new JsonObject
        {
            ["to"] = 500,
            ["amount"] = "10.00",
            ["currency"] = "USD",
            ["expiresAt"] = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds(),
        });
        var payment = created.Json().GetProperty("txid").GetString()!;

        var reply = await _network.SettleAsync(payment, await _network.ProviderProofForAsync(payment));

        Assert.Equal((400, "PAYMENT_EXPIRED"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_Twice_Answers400InvalidStateAndCreditsOnce()
    {
        var payment = await _network.OpenPaymentAsync();
        var settlement = await _network.ProviderProofForAsync(payment);
        await _network.SettleAsync(payment, settlement.DeepClone().AsObject());

        var reply = await _network.SettleAsync(payment, settlement);

        Assert.Equal((400, "INVALID_STATE"), (reply.Status, reply.ErrorCode));
        Assert.Equal(10m, _network.Gateway.Ledger.BalanceOf(500, "USD"));
    }

    [Fact]
    public async Task PaymentSettle_TwentyConcurrent_CompletesOnceAndForwardsOnce()
    {
        var payment = await _network.OpenPaymentAsync();
        var settlement = await _network.ProviderProofForAsync(payment);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _network.SettleAsync(payment, settlement.DeepClone().AsObject())));

        Assert.Single(replies, reply => reply.Status == 200);
        Assert.All(replies.Where(reply => reply.Status != 200), reply => Assert.Equal("INVALID_STATE", reply.ErrorCode));
        Assert.Equal(10m, _network.Gateway.Ledger.BalanceOf(500, "USD"));
        Assert.Single(_network.Gateway.Deliveries.Sent);
    }

    [Fact]
    public async Task PaymentSettle_WithProofFromIssuerNotAccepted_Answers400IssuerNotAccepted()
    {
        var payment = await _network.OpenPaymentAsync();
        _network.Gateway.Host.Profile.Accepts = [PeerNetwork.PayerOcid];

        var reply = await _network.SettleAsync(payment, await _network.ProviderProofForAsync(payment));

        Assert.Equal((400, "ISSUER_NOT_ACCEPTED"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_WithTamperedProof_Answers400ProofSignatureInvalid()
    {
        var payment = await _network.OpenPaymentAsync();
        var settlement = await _network.ProviderProofForAsync(payment);
        settlement["proof"]!["memo"] = "added after signing";

        var reply = await _network.SettleAsync(payment, settlement);

        Assert.Equal((400, "PROOF_SIGNATURE_INVALID"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_WithProofForAnotherPayment_Answers400InvalidProof()
    {
        var payment = await _network.OpenPaymentAsync();

        var reply = await _network.SettleAsync(payment, await _network.ProviderProofForAsync("pay_other"));

        Assert.Equal((400, "INVALID_PROOF"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task PaymentSettle_WithProofOfOtherAmount_Answers400AmountMismatch()
    {
        var payment = await _network.OpenPaymentAsync();

        var reply = await _network.SettleAsync(payment, await _network.ProviderProofForAsync(payment, "9.99"));

        Assert.Equal((400, "AMOUNT_MISMATCH"), (reply.Status, reply.ErrorCode));
        Assert.Empty(_network.Merchant.AcceptedProofs);
    }

    [Fact]
    public async Task Verify_PendingThenSettled_AnswersPendingThenCompleted()
    {
        var payment = await _network.OpenPaymentAsync();
        var pending = await _network.Payer.SendAsync(HttpMethod.Get, $"{_network.Gateway.Endpoint}/verify/{payment}", null);

        await _network.SettleAsync(payment, await _network.ProviderProofForAsync(payment));
        var completed = await _network.Payer.SendAsync(HttpMethod.Get, $"{_network.Gateway.Endpoint}/verify/{payment}", null);

        Assert.Equal("pending", pending.Json().GetProperty("status").GetString());
        Assert.Equal("completed", completed.Json().GetProperty("status").GetString());
    }

    [Fact]
    public async Task TransferCreate_FromReserve_DebitsReserveAndMerchantHoldsTheGatewaysProof()
    {
        _network.Gateway.Ledger.Fund(PeerNetwork.PayerOcid, "USD", "50.00");
        var body = PeerNetwork.TransferTo(PeerNetwork.MerchantOcid, "ord_1");

        var reply = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/transfer/create", body);

        Assert.Equal(200, reply.Status);
        Assert.Equal(40m, _network.Gateway.Ledger.BalanceOf(PeerNetwork.PayerOcid, "USD"));
        Assert.Equal(300L, _network.Merchant.ProofFor("ord_1")!.Issuer);
    }

    [Fact]
    public async Task TransferCreate_WithoutReserve_Answers400AccountNotFound()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.MerchantOcid, "ord_1"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task TransferWebhook_WithHostedCheckoutProof_ForwardsItsOwnProofToTheMerchant()
    {
        var proof = _network.Payer.Sign(new JsonObject
        {
            ["txid"] = "hosted_1",
            ["issuer"] = PeerNetwork.PayerOcid,
            ["from"] = new JsonObject { ["ocid"] = PeerNetwork.PayerOcid, ["reference"] = "session_1" },
            ["to"] = new JsonObject { ["ocid"] = PeerNetwork.MerchantOcid, ["reference"] = "ord_1" },
            ["amount"] = "10.00",
            ["currency"] = "USD",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        });

        var reply = await _network.Payer.PostAsync(PeerNetwork.GatewayOcid, "/transfer/webhook", proof.ToEnvelope());

        Assert.Equal("accepted", reply.Json().GetProperty("status").GetString());
        var held = _network.Merchant.ProofFor("ord_1")!;
        Assert.Equal((300L, 200L, "session_1"), (held.Issuer, held.FromOcid, held.FromReference));
    }
}
