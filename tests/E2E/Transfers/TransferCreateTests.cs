using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.E2E.Transfers;

/// <summary>endpoints.md A5 over real HTTP: every answer, and the reserve debited exactly once.</summary>
[Collection(TransfersCollection.Name)]
public sealed class TransferCreateTests(TransfersFixture gateway)
{
    private const string Path = "/opencharge/transfer/create";

    [Fact]
    public async Task Create_ToMerchantWeSettle_DebitsTheReserveAnswersOurProofAndDeliversIt()
    {
        await gateway.FundReserveAsync(gateway.Partner, "100.00");
        var reserveBefore = await gateway.BalanceAsync("PartnerReserve:710");
        var order = NewReference("ord");

        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, "user_1", gateway.Merchant.Ocid, order, "25.00"));

        Assert.Equal(200, response.Status);
        Assert.True(response.SignatureVerifies, response.ToString());
        using var body = JsonDocument.Parse(response.Body);
        Assert.Equal("completed", body.RootElement.GetProperty("status").GetString());
        var proof = body.RootElement.GetProperty("proof");
        Assert.Equal(TransfersFixture.Us, proof.GetProperty("issuer").GetInt64());
        Assert.Equal(order, proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal(("25.00", "USD"), (proof.GetProperty("amount").GetString(), proof.GetProperty("currency").GetString()));
        Assert.Equal(reserveBefore - 25_00, await gateway.BalanceAsync("PartnerReserve:710"));
        var txid = proof.GetProperty("txid").GetString()!;
        var delivered = await WaitForDeliveryAsync(gateway.Merchant, txid);
        Assert.True(IndependentVerifier.Verify(gateway.GatewayPublicKey, Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(delivered.Proof)), delivered.Signature));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Create_ToShopperWalletByReference_CreditsTheWallet()
    {
        await gateway.FundReserveAsync(gateway.Partner, "10.00");
        var (userId, wallet) = await gateway.NewShopperAsync();

        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, NewReference("payout"), TransfersFixture.Us, wallet, "7.50"));

        Assert.Equal(200, response.Status);
        Assert.Equal(7_50, await gateway.BalanceAsync("Shopper:" + userId));
    }

    [Fact]
    public async Task Create_OrderIdWithoutToReference_AddressesTheProofToTheOrder()
    {
        await gateway.FundReserveAsync(gateway.Partner, "5.00");
        var order = NewReference("ord");
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["ocid"] = 710 },
            ["to"] = new JsonObject { ["ocid"] = gateway.Merchant.Ocid },
            ["amount"] = "5.00",
            ["currency"] = "USD",
            ["order"] = new JsonObject { ["id"] = order, ["urls"] = new JsonArray("https://merchant.example/orders/1") },
        };

        var response = await gateway.PostAsync(gateway.Partner, Path, body.ToJsonString());

        Assert.Equal(200, response.Status);
        using var answer = JsonDocument.Parse(response.Body);
        Assert.Equal(order, answer.RootElement.GetProperty("proof").GetProperty("to").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Create_UnknownWalletReference_Returns400AccountNotFound()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, "u", TransfersFixture.Us, "wallet_000000000000000000000000", "1.00"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_UnregisteredRecipientOcid_Returns400AccountNotFound()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, "u", 799, NewReference("ord"), "1.00"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_CurrencyWithoutAReserve_Returns400AccountNotFound()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, "u", gateway.Merchant.Ocid, NewReference("ord"), "1.00", "EUR"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_CallerHoldsNoReserve_Returns401Unauthorized()
    {
        var response = await gateway.PostAsync(gateway.Outsider, Path, Body(711, "u", gateway.Merchant.Ocid, NewReference("ord"), "1.00"));

        Assert.Equal((401, "UNAUTHORIZED"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_FromAnotherPartnersReserve_Returns403Unauthorized()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, Body(711, "u", gateway.Merchant.Ocid, NewReference("ord"), "1.00"));

        Assert.Equal((403, "UNAUTHORIZED"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_MoreThanTheReserveHolds_Returns402InsufficientFundsAndMovesNothing()
    {
        var reserve = await gateway.BalanceAsync("PartnerReserve:710");
        var tooMuch = ((reserve + 1) / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        var response = await gateway.PostAsync(gateway.Partner, Path, Body(710, "u", gateway.Merchant.Ocid, NewReference("ord"), tooMuch));

        Assert.Equal((402, "INSUFFICIENT_FUNDS"), (response.Status, response.ErrorCode()));
        Assert.True(await gateway.BalanceAsync("PartnerReserve:710") >= reserve);
    }

    [Theory]
    [InlineData("""{"from":{"ocid":710},"to":{"ocid":712,"reference":"r"},"amount":25,"currency":"USD"}""")]
    [InlineData("""{"from":{"ocid":710},"to":{"ocid":712},"amount":"1.00","currency":"USD"}""")]
    [InlineData("""{"from":{"ocid":710},"to":{"ocid":712,"reference":"r"},"amount":"1.001","currency":"USD"}""")]
    [InlineData("""{"to":{"ocid":712,"reference":"r"},"amount":"1.00","currency":"USD"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"from":""")]
    public async Task Create_MalformedBody_Returns400InvalidRequest(string body)
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, body);

        Assert.Equal((400, "INVALID_REQUEST"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Create_TwentyConcurrentCallsWithTheSameReferences_MoveMoneyOnceAndAnswerOneProof()
    {
        await gateway.FundReserveAsync(gateway.Partner, "50.00");
        var before = await gateway.BalanceAsync("PartnerReserve:710");
        var body = Body(710, NewReference("user"), gateway.Merchant.Ocid, NewReference("ord"), "3.00");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => gateway.PostAsync(gateway.Partner, Path, body))));

        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.Single(responses.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("proof").GetProperty("txid").GetString()).Distinct());
        Assert.Equal(before - 3_00, await gateway.BalanceAsync("PartnerReserve:710"));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Create_RepeatedIdempotencyKey_AnswersTheSameProofAndMovesMoneyOnce()
    {
        await gateway.FundReserveAsync(gateway.Partner, "4.00");
        var before = await gateway.BalanceAsync("PartnerReserve:710");
        var body = Body(710, NewReference("user"), gateway.Merchant.Ocid, NewReference("ord"), "4.00");
        var key = NewReference("key");

        var first = await gateway.PostAsync(gateway.Partner, Path, body, key);
        var second = await gateway.PostAsync(gateway.Partner, Path, body, key);

        Assert.Equal((200, first.Body), (second.Status, second.Body));
        Assert.Equal(before - 4_00, await gateway.BalanceAsync("PartnerReserve:710"));
    }

    [Fact]
    public async Task Create_SameReferencesForOtherMoney_Returns409()
    {
        await gateway.FundReserveAsync(gateway.Partner, "3.00");
        var (from, to) = (NewReference("user"), NewReference("ord"));
        await gateway.PostAsync(gateway.Partner, Path, Body(710, from, gateway.Merchant.Ocid, to, "1.00"));

        var other = await gateway.PostAsync(gateway.Partner, Path, Body(710, from, gateway.Merchant.Ocid, to, "2.00"));

        Assert.Equal((409, "IDEMPOTENCY_KEY_REUSED"), (other.Status, other.ErrorCode()));
    }

    [Fact]
    public async Task Verify_TxidOfACreatedTransfer_ReturnsTheSameSignedProof()
    {
        await gateway.FundReserveAsync(gateway.Partner, "2.00");
        var created = await gateway.PostAsync(gateway.Partner, Path, Body(710, "u", gateway.Merchant.Ocid, NewReference("ord"), "2.00"));
        using var createdBody = JsonDocument.Parse(created.Body);
        var txid = createdBody.RootElement.GetProperty("proof").GetProperty("txid").GetString();

        var verified = await gateway.GetAsync($"/opencharge/verify/{txid}");

        Assert.Equal(200, verified.Status);
        using var verifiedBody = JsonDocument.Parse(verified.Body);
        Assert.Equal("completed", verifiedBody.RootElement.GetProperty("status").GetString());
        Assert.Equal(createdBody.RootElement.GetProperty("proof").GetRawText(), verifiedBody.RootElement.GetProperty("proof").GetRawText());
        Assert.Equal(createdBody.RootElement.GetProperty("signature").GetString(), verifiedBody.RootElement.GetProperty("signature").GetString());
    }

    [Fact]
    public async Task Verify_UnknownTxid_Returns404TxidNotFound()
    {
        var response = await gateway.GetAsync("/opencharge/verify/octx_unknown");

        Assert.Equal((404, "TXID_NOT_FOUND"), (response.Status, response.ErrorCode()));
        Assert.True(response.SignatureVerifies, response.ToString());
    }

    [Fact]
    public async Task OrderStatus_UnknownOrder_Returns404OrderNotFound()
    {
        var response = await gateway.GetAsync("/opencharge/orders/ord_never_seen/status");

        Assert.Equal((404, "ORDER_NOT_FOUND"), (response.Status, response.ErrorCode()));
    }

    private static string NewReference(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    private static string Body(long from, string fromReference, long to, string toReference, string amount, string currency = "USD") =>
        new JsonObject
        {
            ["from"] = new JsonObject { ["ocid"] = from, ["reference"] = fromReference },
            ["to"] = new JsonObject { ["ocid"] = to, ["reference"] = toReference },
            ["amount"] = amount,
            ["currency"] = currency,
            ["memo"] = "E2E transfer",
        }.ToJsonString();

    /// <summary>The outbox sends after commit, in the background: wait for it, bounded, never by sleeping a fixed time.</summary>
    private static async Task<ReceivedProof> WaitForDeliveryAsync(TestPeer peer, string txid)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (peer.ReceivedProofs.FirstOrDefault(p => p.Txid == txid) is { } received)
            {
                return received;
            }
            await Task.Delay(50, timeout.Token);
        }
    }
}
