using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>endpoints.md A3 over real HTTP: a merchant gateway (700) forwards orders signed by its merchant (701).</summary>
[Collection(GatewayCollection.Name)]
public sealed class CheckoutCreateTests(GatewayWithPeersFixture gateway)
{
    private const long Gateway = 700;
    private const long Merchant = 701;

    [Fact]
    public async Task Create_ValidOrder_ReturnsCheckoutUrlSessionAndExpiry()
    {
        var response = await gateway.SendAsync(Create(NewOrder()));

        Assert.Equal(200, response.Status);
        Assert.True(response.SignatureVerifies);
        using var body = JsonDocument.Parse(response.Body);
        var sessionId = body.RootElement.GetProperty("session_id").GetString()!;
        Assert.Matches("^sess_[0-9a-f]{32}$", sessionId);
        Assert.Equal(gateway.Url("/pay/" + sessionId), body.RootElement.GetProperty("checkout_url").GetString());
        var expiresAt = body.RootElement.GetProperty("expires_at").GetInt64();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 29 * 60, 30 * 60 + 5);
    }

    [Fact]
    public async Task Create_OrderExpiringBeforeTtl_SessionExpiresWithOrder()
    {
        var orderExpiry = DateTimeOffset.UtcNow.AddMinutes(5);

        var response = await gateway.SendAsync(Create(NewOrder(expiresAt: orderExpiry)));

        using var body = JsonDocument.Parse(response.Body);
        Assert.Equal(orderExpiry.ToUnixTimeSeconds(), body.RootElement.GetProperty("expires_at").GetInt64());
    }

    [Fact]
    public async Task Create_SameOrderTwice_ReturnsSameResponse()
    {
        var order = NewOrder();

        var first = await gateway.SendAsync(Create(order));
        var second = await gateway.SendAsync(Create(order));

        Assert.Equal(200, second.Status);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Create_SameOrderIdWithChangedAmount_Returns409IdempotencyKeyReused()
    {
        var order = NewOrder();
        await gateway.SendAsync(Create(order));
        order["amount"] = "99.00";

        var response = await gateway.SendAsync(Create(order));

        AssertError(response, 409, "IDEMPOTENCY_KEY_REUSED");
    }

    [Fact]
    public async Task Create_ConcurrentIdenticalCalls_OpenOneSession()
    {
        var order = NewOrder();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => gateway.SendAsync(Create(order))));

        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.Single(responses.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task Create_IdempotencyKeyRepeated_ReplaysFirstResponse()
    {
        var key = Guid.NewGuid().ToString();
        var body = Body(NewOrder());

        var first = await gateway.SendAsync(WithKey(Request(body), key));
        var replay = await gateway.SendAsync(WithKey(Request(body), key));

        Assert.Equal(200, replay.Status);
        Assert.Equal(first.Body, replay.Body);
    }

    [Fact]
    public async Task Create_IdempotencyKeyWithDifferentBody_Returns409()
    {
        var key = Guid.NewGuid().ToString();
        await gateway.SendAsync(WithKey(Create(NewOrder()), key));

        var response = await gateway.SendAsync(WithKey(Create(NewOrder()), key));

        AssertError(response, 409, "IDEMPOTENCY_KEY_REUSED");
    }

    [Fact]
    public async Task Create_OrderSignedWithGatewayKeyInsteadOfMerchants_Returns400InvalidSignature()
    {
        var order = NewOrder();

        var response = await gateway.SendAsync(Request(TestOrders.CheckoutCreateBody(order, gateway.Registered.SignOrder(order), Merchant, SuccessUrl, CancelUrl)));

        AssertError(response, 400, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Create_OrderChangedAfterSigning_Returns400InvalidSignature()
    {
        var order = NewOrder();
        var signature = gateway.Merchant.SignOrder(order);
        order["amount"] = "1.00";

        var response = await gateway.SendAsync(Request(TestOrders.CheckoutCreateBody(order, signature, Merchant, SuccessUrl, CancelUrl)));

        AssertError(response, 400, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Create_OrderOcidIsNotMerchantOcid_Returns400InvalidSignature()
    {
        var order = NewOrder();

        var response = await gateway.SendAsync(Request(TestOrders.CheckoutCreateBody(order, gateway.Merchant.SignOrder(order), 708, SuccessUrl, CancelUrl)));

        AssertError(response, 400, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Create_UnknownMerchant_Returns400UnknownOcid()
    {
        var order = TestOrders.Order(708, [Gateway]);

        var response = await gateway.SendAsync(Request(TestOrders.CheckoutCreateBody(order, gateway.Unregistered.SignOrder(order), 708, SuccessUrl, CancelUrl)));

        AssertError(response, 400, "UNKNOWN_OCID");
    }

    [Fact]
    public async Task Create_ExpiredOrder_Returns400OrderExpired()
    {
        var response = await gateway.SendAsync(Create(NewOrder(expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1))));

        AssertError(response, 400, "ORDER_EXPIRED");
    }

    [Fact]
    public async Task Create_CurrencyWeDoNotSettle_Returns400SettlementNotSupported()
    {
        var response = await gateway.SendAsync(Create(TestOrders.Order(Merchant, [Gateway], amount: "100", currency: "JPY")));

        AssertError(response, 400, "SETTLEMENT_NOT_SUPPORTED");
    }

    [Fact]
    public async Task Create_NoAcceptedIssuerWeCanReach_Returns400SettlementNotSupported()
    {
        var response = await gateway.SendAsync(Create(TestOrders.Order(Merchant, [999])));

        AssertError(response, 400, "SETTLEMENT_NOT_SUPPORTED");
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("-1.00")]
    [InlineData("0.00")]
    [InlineData("1,00")]
    [InlineData("abc")]
    public async Task Create_BadAmount_Returns400InvalidRequestNamingTheField(string amount)
    {
        var response = await gateway.SendAsync(Create(TestOrders.Order(Merchant, [Gateway], amount: amount)));

        AssertError(response, 400, "INVALID_REQUEST");
        Assert.Contains("order.amount", response.Body);
    }

    [Fact]
    public async Task Create_RelativeRedirectUrl_Returns400InvalidRequest()
    {
        var order = NewOrder();

        var response = await gateway.SendAsync(Request(TestOrders.CheckoutCreateBody(order, gateway.Merchant.SignOrder(order), Merchant, "/success", CancelUrl)));

        AssertError(response, 400, "INVALID_REQUEST");
        Assert.Contains("urls.success", response.Body);
    }

    [Fact]
    public async Task Create_CompletedAndCancelledUrlKeys_AreAccepted()
    {
        var order = NewOrder();
        var body = new JsonObject
        {
            ["order"] = order.DeepClone(),
            ["signature"] = gateway.Merchant.SignOrder(order),
            ["merchantOcid"] = Merchant,
            ["urls"] = new JsonObject { ["completed"] = SuccessUrl, ["cancelled"] = CancelUrl, ["order"] = new JsonArray("https://merchant.example/orders/1") },
        }.ToJsonString();

        var response = await gateway.SendAsync(Request(body));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400InvalidRequest()
    {
        var response = await gateway.SendAsync(Request("{\"order\": {"));

        AssertError(response, 400, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Create_TextPlainBody_Returns415()
    {
        var request = Request(Body(NewOrder()));
        request.Content!.Headers.ContentType = new("text/plain");

        var response = await gateway.SendAsync(request);

        AssertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Create_ReplayedRequest_Returns401NonceReused()
    {
        var body = Body(NewOrder());
        var nonce = "req_" + Guid.NewGuid().ToString("N");
        await gateway.SendAsync(gateway.Registered.Request(HttpMethod.Post, gateway.Url("/opencharge/checkout/create"), body).WithNonce(nonce).Build());

        var replay = await gateway.SendAsync(gateway.Registered.Request(HttpMethod.Post, gateway.Url("/opencharge/checkout/create"), body).WithNonce(nonce).Build());

        AssertError(replay, 401, "NONCE_REUSED");
    }

    private static string SuccessUrl => "https://merchant.example/checkout/success";

    private static string CancelUrl => "https://merchant.example/checkout/cancel";

    private static JsonObject NewOrder(DateTimeOffset? expiresAt = null) => TestOrders.Order(Merchant, [100, Gateway], expiresAt: expiresAt);

    private string Body(JsonObject order) =>
        TestOrders.CheckoutCreateBody(order, gateway.Merchant.SignOrder(order), Merchant, SuccessUrl, CancelUrl);

    private HttpRequestMessage Create(JsonObject order) => Request(Body(order));

    private HttpRequestMessage Request(string body) =>
        gateway.Registered.Request(HttpMethod.Post, gateway.Url("/opencharge/checkout/create"), body).Build();

    private static HttpRequestMessage WithKey(HttpRequestMessage request, string key)
    {
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static void AssertError(GatewayResponse response, int status, string code)
    {
        Assert.True(response.Status == status, $"expected {status} {code}, got {response}");
        Assert.Equal(code, response.ErrorCode());
        Assert.True(response.SignatureVerifies, $"error response must be signed: {response}");
    }
}
