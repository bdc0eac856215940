using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

public sealed class FakeSettlementProviderTests : IAsyncLifetime
{
    private PeerNetwork _network = null!;

    public async Task InitializeAsync() => _network = await PeerNetwork.StartAsync();

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task TransferCreate_WithFundedAccount_MovesMoneyAndAnswersItsOwnSignedProof()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1"));

        var proof = SignedProof.From(reply.Json())!;
        Assert.Equal(200, reply.Status);
        Assert.Equal((100L, 300L, "pay_1", "10.00", "USD"), (proof.Issuer, proof.ToOcid, proof.ToReference, proof.Amount, proof.Currency));
        Assert.True(await _network.Payer.VerifyProofAsync(proof, CancellationToken.None));
        Assert.Equal((90m, 10m), (_network.Provider.Ledger.BalanceOf(200, "USD"), _network.Provider.Ledger.BalanceOf(300, "USD")));
    }

    [Fact]
    public async Task TransferCreate_TwentyConcurrentWithSameReferences_MovesMoneyOnceAndAnswersOneProof()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1"))));

        Assert.All(replies, reply => Assert.Equal(200, reply.Status));
        Assert.Single(replies.Select(reply => SignedProof.From(reply.Json())!.Txid).Distinct());
        Assert.Single(_network.Provider.Transfers);
        Assert.Equal(90m, _network.Provider.Ledger.BalanceOf(200, "USD"));
    }

    [Fact]
    public async Task TransferCreate_RepeatedWithSameIdempotencyKey_ReturnsFirstProof()
    {
        var first = await SendWithKeyAsync("key-1", "pay_1");

        var repeat = await SendWithKeyAsync("key-1", "pay_2");

        Assert.Equal(SignedProof.From(first.Json())!.Txid, SignedProof.From(repeat.Json())!.Txid);
        Assert.Single(_network.Provider.Transfers);
    }

    [Fact]
    public async Task TransferCreate_WithoutCallerAccount_Answers400AccountNotFound()
    {
        var body = PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1");
        body["currency"] = "EUR";

        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", body);

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task TransferCreate_ToHolderWithoutAccount_Answers400AccountNotFound()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(999, "x"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (reply.Status, reply.ErrorCode));
        Assert.Empty(_network.Provider.Transfers);
    }

    [Fact]
    public async Task TransferCreate_BeyondBalance_Answers402InsufficientFundsAndMovesNothing()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1", "100.01"));

        Assert.Equal((402, "INSUFFICIENT_FUNDS"), (reply.Status, reply.ErrorCode));
        Assert.Equal(100m, _network.Provider.Ledger.BalanceOf(200, "USD"));
    }

    [Fact]
    public async Task TransferCreate_FromAnotherHoldersAccount_Answers403Unauthorized()
    {
        var body = PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1");
        body["from"]!["ocid"] = PeerNetwork.GatewayOcid;

        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", body);

        Assert.Equal((403, "UNAUTHORIZED"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task TransferCreate_WithMalformedBody_Answers400InvalidRequest()
    {
        var reply = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", new JsonObject { ["amount"] = "-1" });

        Assert.Equal((400, "INVALID_REQUEST"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task TransferCreate_WhenDeliveringProofs_PostsTheProofToTheRecipientsWebhook()
    {
        _network.Provider.DeliverProofs = true;
        _network.Provider.Ledger.Open(PeerNetwork.MerchantOcid, "USD");

        await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.MerchantOcid, "ord_1"));

        var delivery = Assert.Single(_network.Provider.Deliveries.Sent);
        Assert.Equal((500L, 400), (delivery.Recipient, delivery.Status));
        Assert.Equal("ISSUER_NOT_ACCEPTED", Assert.Single(_network.Merchant.Calls).Outcome);
    }

    [Fact]
    public async Task Verify_AfterTransfer_AnswersCompletedWithTheProof()
    {
        var created = await _network.Payer.PostAsync(PeerNetwork.ProviderOcid, "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "pay_1"));
        var txid = SignedProof.From(created.Json())!.Txid;

        var verified = await _network.Payer.SendAsync(HttpMethod.Get, $"{_network.Provider.Endpoint}/verify/{txid}", null);

        Assert.Equal("completed", verified.Json().GetProperty("status").GetString());
        Assert.Equal(txid, SignedProof.From(verified.Json())!.Txid);
    }

    [Fact]
    public async Task Verify_UnknownTxid_Answers404TxidNotFound()
    {
        var reply = await _network.Payer.SendAsync(HttpMethod.Get, _network.Provider.Endpoint + "/verify/unknown", null);

        Assert.Equal((404, "TXID_NOT_FOUND"), (reply.Status, reply.ErrorCode));
    }

    private async Task<PeerReply> SendWithKeyAsync(string key, string reference)
    {
        using var request = _network.Payer.SignedRequest(
            HttpMethod.Post, _network.Provider.Endpoint + "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, reference).ToJsonString());
        request.Headers.Add("Idempotency-Key", key);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        return new PeerReply((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
