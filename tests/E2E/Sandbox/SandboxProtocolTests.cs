using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>The sandbox peers seen from outside, by an independent peer over real HTTP.</summary>
public sealed class SandboxProtocolTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Theory]
    // The store lists every issuer one of its orders may accept (the "Settle through" choices); each order names one.
    [InlineData("/sandbox/store/opencharge", 9001, "Demo Store", new[] { "orders.create", "orders.status", "inventory.get", "transfer.webhook" }, new long[] { 200, 9000, 9002, 9003, 9004 })]
    [InlineData("/sandbox/gateway/opencharge", 9000, "Demo Gateway", new[] { "orders.checkout", "transfer.webhook" }, new long[] { SandboxFixture.PeerOcid })]
    [InlineData("/sandbox/bank/opencharge", 9002, "Demo Bank", new[] { "transfer.create", "verify.txid" }, new long[0])]
    [InlineData("/sandbox/exchange/opencharge", 9003, "Demo Exchange", new[] { "payment.create", "payment.settle", "verify.txid" }, new long[] { 9002 })]
    [InlineData("/sandbox/switch/opencharge", 9004, "Demo Switch", new[] { "payment.create", "payment.settle", "verify.txid" }, new long[] { 9003 })]
    public async Task Metadata_EachSandboxPeer_PublishesItsOwnSignedConfig(string path, long ocid, string name, string[] capabilities, long[] accepts)
    {
        var endpoint = sandbox.Host.BaseUrl + path;
        using var response = await sandbox.Http.GetAsync(endpoint + "/metadata.json");
        var body = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var config = root.GetProperty("config");
        var publicKey = config.GetProperty("publicKey").GetString()!;

        Assert.True(IndependentVerifier.Verify(publicKey, Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(config)), root.GetProperty("signature").GetString()!));
        Assert.Equal((name, endpoint), (root.GetProperty("name").GetString(), config.GetProperty("endpoint").GetString()));
        Assert.Equal(capabilities, config.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(accepts, config.GetProperty("settlement").GetProperty("accepts").EnumerateArray().Select(a => a.GetInt64()));
        Assert.Equal(ocid.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-OC-ID")));
    }

    [Fact]
    public async Task Metadata_SandboxPeers_HaveKeysOfTheirOwn()
    {
        var keys = new[]
        {
            await sandbox.PublicKeyAsync(sandbox.StoreEndpoint),
            await sandbox.PublicKeyAsync(sandbox.GatewayEndpoint),
            await sandbox.PublicKeyAsync(sandbox.Host.BaseUrl + "/sandbox/bank/opencharge"),
            await sandbox.PublicKeyAsync(sandbox.Host.BaseUrl + "/sandbox/exchange/opencharge"),
            await sandbox.PublicKeyAsync(sandbox.Host.BaseUrl + "/sandbox/switch/opencharge"),
            await sandbox.PublicKeyAsync(sandbox.Host.BaseUrl + "/opencharge"),
        };

        Assert.Equal(6, keys.Distinct().Count());
    }

    [Fact]
    public async Task TransferCreate_CallerWithoutAnAccountAtTheBank_Answers400AccountNotFoundSignedByTheBank()
    {
        var bank = sandbox.Host.BaseUrl + "/sandbox/bank/opencharge";
        var body = $$"""{"from":{"ocid":{{SandboxFixture.PeerOcid}},"reference":"r1"},"to":{"ocid":{{SandboxFixture.MerchantOcid}},"reference":"ord_x"},"amount":"1.00","currency":"USD"}""";

        using var response = await sandbox.Http.SendAsync(sandbox.Peer.Request(HttpMethod.Post, bank + "/transfer/create", body).Build());
        var answer = await GatewayResponse.ReadAsync(response, await sandbox.PublicKeyAsync(bank));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND", true, "9002"), (answer.Status, answer.ErrorCode(), answer.SignatureVerifies, answer.ResponderOcid));
    }

    [Fact]
    public async Task PaymentCreate_AtTheBankWhichDoesNotServeIt_AnswersTheSignedNotFoundEnvelope()
    {
        var bank = sandbox.Host.BaseUrl + "/sandbox/bank/opencharge";

        using var response = await sandbox.Http.SendAsync(sandbox.Peer.Request(HttpMethod.Post, bank + "/payment/create", "{}").Build());
        var answer = await GatewayResponse.ReadAsync(response, await sandbox.PublicKeyAsync(bank));

        Assert.Equal((404, "NOT_FOUND", true), (answer.Status, answer.ErrorCode(), answer.SignatureVerifies));
    }

    [Fact]
    public async Task OrdersCreate_SignedPeer_GetsAnOrderSignedByTheMerchant()
    {
        var envelope = await sandbox.CreateOrderAsync("mug", quantity: 2);
        var order = envelope.GetProperty("order");

        var verifies = IndependentVerifier.Verify(
            await sandbox.PublicKeyAsync(sandbox.StoreEndpoint),
            Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(order)),
            envelope.GetProperty("signature").GetString()!);

        Assert.True(verifies);
        Assert.Equal(("25.00", "USD", 9001L), (order.GetProperty("amount").GetString(), order.GetProperty("currency").GetString(), order.GetProperty("ocid").GetInt64()));
        Assert.Equal([9000L], order.GetProperty("accepts").EnumerateArray().Select(a => a.GetInt64()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task OrdersCreate_QuantityOutsideTheInventorysLimits_Answers400InvalidItemSignedByTheStore(int quantity)
    {
        var body = $$"""{"ocid":{{SandboxFixture.MerchantOcid}},"currency":"USD","items":[{"id":"mug","quantity":{{quantity}}}]}""";

        using var response = await sandbox.Http.SendAsync(sandbox.Peer.Request(HttpMethod.Post, sandbox.StoreEndpoint + "/orders/create", body).Build());
        var answer = await GatewayResponse.ReadAsync(response, await sandbox.PublicKeyAsync(sandbox.StoreEndpoint));

        Assert.Equal((400, "INVALID_ITEM", true), (answer.Status, answer.ErrorCode(), answer.SignatureVerifies));
    }

    [Fact]
    public async Task OrdersGet_AfterTheOrdersExpiry_Answers410OrderExpiredSignedByTheStore()
    {
        var orderId = await NewOrderAsync("mug");
        using var before = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/{orderId}");
        // The app's clock cannot be moved from outside, so the order is made older instead: its signed expiresAt,
        // which the store checks, an hour in the past.
        await sandbox.ExpireOrderAsync(orderId);

        using var after = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/{orderId}");
        var answer = await GatewayResponse.ReadAsync(after, await sandbox.PublicKeyAsync(sandbox.StoreEndpoint));

        Assert.Equal(200, (int)before.StatusCode);
        Assert.Equal((410, "ORDER_EXPIRED", true), (answer.Status, answer.ErrorCode(), answer.SignatureVerifies));
    }

    [Fact]
    public async Task OrdersRoutes_ReservedWords_AreNeverReadAsOrderIds()
    {
        var orderId = await NewOrderAsync("stickers");

        using var getCreate = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/create");
        using var getStatus = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/status");
        using var order = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/{orderId}");
        using var unknown = await sandbox.Http.GetAsync($"{sandbox.StoreEndpoint}/orders/ord_000000000000000000000000/status");

        // No GET endpoint takes them, so no order look-up runs: /orders/create is POST-only (405 from the router),
        // /orders/status matches nothing (404); both in the store's envelope, never ORDER_NOT_FOUND.
        Assert.Equal((405, 404), ((int)getCreate.StatusCode, (int)getStatus.StatusCode));
        Assert.Contains("\"code\":\"METHOD_NOT_ALLOWED\"", await getCreate.Content.ReadAsStringAsync());
        Assert.Contains("\"code\":\"NOT_FOUND\"", await getStatus.Content.ReadAsStringAsync());
        Assert.Equal("9001", Assert.Single(getCreate.Headers.GetValues("X-OC-ID")));
        Assert.Equal(200, (int)order.StatusCode);
        Assert.Contains("ORDER_NOT_FOUND", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Webhook_ValidProof_IsAcceptedThenDeduplicated()
    {
        var orderId = await NewOrderAsync("mug");

        var first = await sandbox.DeliverProofAsync("e2e_tx_dedupe", orderId, "12.50");
        var again = await sandbox.DeliverProofAsync("e2e_tx_dedupe", orderId, "12.50");

        Assert.Equal((200, """{"status":"accepted","txid":"e2e_tx_dedupe"}"""), (first.Status, first.Body));
        Assert.Equal((200, """{"status":"accepted","txid":"e2e_tx_dedupe"}"""), (again.Status, again.Body));
        Assert.True(first.SignatureVerifies && again.SignatureVerifies, "the Demo Gateway signs its answers with its own key");
        Assert.Equal("9000", first.ResponderOcid);
    }

    [Fact]
    public async Task Webhook_ValidProof_GatewayForwardsItsOwnProofAndTheStoreMarksTheOrderPaid()
    {
        var orderId = await NewOrderAsync("stickers");

        await sandbox.DeliverProofAsync("e2e_tx_status", orderId, "3.75");
        var status = await sandbox.StatusOnceSettledAsync(orderId);

        Assert.Equal("paid", status.GetProperty("status").GetString());
        Assert.StartsWith("dgtx_", status.GetProperty("txid").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_SecondProofForPaidOrder_IsRejected()
    {
        var orderId = await NewOrderAsync("mug");
        await sandbox.DeliverProofAsync("e2e_tx_first", orderId, "12.50");

        var second = await sandbox.DeliverProofAsync("e2e_tx_second", orderId, "12.50");

        Assert.Equal((200, """{"status":"rejected","txid":"e2e_tx_second","message":"Order already paid"}"""), (second.Status, second.Body));
    }

    [Fact]
    public async Task Webhook_UnknownOrder_IsRejected()
    {
        var response = await sandbox.DeliverProofAsync("e2e_tx_unknown", "ord_does_not_exist", "12.50");

        Assert.Equal(200, response.Status);
        Assert.Contains("\"status\":\"rejected\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_WrongAmount_Returns400AmountMismatch()
    {
        var orderId = await NewOrderAsync("tee");

        var response = await sandbox.DeliverProofAsync("e2e_tx_amount", orderId, "2.40");

        Assert.Equal((400, "AMOUNT_MISMATCH"), (response.Status, response.ErrorCode()));
        Assert.True(response.SignatureVerifies);
    }

    [Fact]
    public async Task Webhook_ProofAddressedToAnotherOcid_Returns400InvalidProof()
    {
        var orderId = await NewOrderAsync("tee");

        var response = await sandbox.DeliverProofAsync("e2e_tx_recipient", orderId, "24.00", to: 4242);

        Assert.Equal((400, "INVALID_PROOF"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_ProofSignatureTampered_Returns400ProofSignatureInvalid()
    {
        var orderId = await NewOrderAsync("tee");
        var body = sandbox.Peer.WebhookBody("e2e_tx_forged", SandboxFixture.MerchantOcid, orderId, "24.00", "USD").Replace("\"signature\":\"", "\"signature\":\"00", StringComparison.Ordinal);

        using var http = await sandbox.Http.SendAsync(sandbox.Peer.Request(HttpMethod.Post, sandbox.GatewayEndpoint + "/transfer/webhook", body).Build());
        var response = await GatewayResponse.ReadAsync(http, await sandbox.PublicKeyAsync(sandbox.GatewayEndpoint));

        Assert.Equal((400, "PROOF_SIGNATURE_INVALID"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_UnsignedRequest_Returns401InvalidSignature()
    {
        using var http = await sandbox.Http.PostAsync(sandbox.GatewayEndpoint + "/transfer/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));
        var response = await GatewayResponse.ReadAsync(http, await sandbox.PublicKeyAsync(sandbox.GatewayEndpoint));

        Assert.Equal((401, "INVALID_SIGNATURE"), (response.Status, response.ErrorCode()));
        Assert.True(response.SignatureVerifies);
    }

    private async Task<string> NewOrderAsync(string productId) =>
        (await sandbox.CreateOrderAsync(productId)).GetProperty("order").GetProperty("id").GetString()!;
}
