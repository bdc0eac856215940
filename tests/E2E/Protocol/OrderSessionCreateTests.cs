using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// endpoints.md A4 over real HTTP: merchant 701 posts its own signed order to a shopper's wallet QR session. Every
/// code of the endpoint, in A4's order, and single use under concurrency against the real database.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OrderSessionCreateTests(GatewayWithPeersFixture gateway)
{
    private const long Us = 200;
    private const long Merchant = 701;

    [Fact]
    public async Task Create_ValidOrder_ReturnsStatusUrlThatAnswersPending()
    {
        var qr = await NewQrAsync();
        var order = NewOrder();

        var response = await gateway.SendAsync(Post(qr.Id.Value, Body(order)));

        Assert.Equal(200, response.Status);
        Assert.True(response.SignatureVerifies);
        using var body = JsonDocument.Parse(response.Body);
        var statusUrl = body.RootElement.GetProperty("urls").GetProperty("status").GetString()!;
        Assert.Equal(gateway.Url($"/opencharge/orders/{order["id"]}/status?merchant={Merchant}"), statusUrl);
        using var status = JsonDocument.Parse(await gateway.Http.GetStringAsync(statusUrl));
        Assert.Equal("pending", status.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Create_ShortCodeInsteadOfSessionId_IsAccepted()
    {
        var qr = await NewQrAsync();

        var response = await gateway.SendAsync(Post(qr.ShortCode.Display.ToLowerInvariant(), Body(NewOrder())));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Create_UnknownSession_Returns404SessionNotFound()
    {
        var response = await gateway.SendAsync(Post(QrSessionId.New().Value, Body(NewOrder())));

        AssertError(response, 404, "SESSION_NOT_FOUND");
    }

    [Fact]
    public async Task Create_ExpiredSession_Returns404SessionExpired()
    {
        var qr = await NewQrAsync(DateTimeOffset.UtcNow.AddMinutes(-6));

        var response = await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder())));

        AssertError(response, 404, "SESSION_EXPIRED");
    }

    [Fact]
    public async Task Create_SessionUsedTwice_Returns410SessionUsed()
    {
        var qr = await NewQrAsync();
        await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder())));

        var second = await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder())));

        AssertError(second, 410, "SESSION_USED");
    }

    [Fact]
    public async Task Create_UsedSessionWithTamperedOrder_Returns410BeforeCheckingTheSignature()
    {
        var qr = await NewQrAsync();
        await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder())));
        var order = NewOrder();
        var signature = gateway.Merchant.SignOrder(order);
        order["amount"] = "1.00";

        var response = await gateway.SendAsync(Post(qr.Id.Value, Body(order, signature)));

        AssertError(response, 410, "SESSION_USED");
    }

    [Fact]
    public async Task Create_OrderChangedAfterSigning_Returns400InvalidSignatureAndLeavesTheSessionPending()
    {
        var qr = await NewQrAsync();
        var order = NewOrder();
        var signature = gateway.Merchant.SignOrder(order);
        order["amount"] = "1.00";

        var tampered = await gateway.SendAsync(Post(qr.Id.Value, Body(order, signature)));
        var honest = await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder())));

        AssertError(tampered, 400, "INVALID_SIGNATURE");
        Assert.Equal(200, honest.Status);
    }

    [Fact]
    public async Task Create_OrderOfAnotherMerchantThanTheCaller_Returns400InvalidSignature()
    {
        var qr = await NewQrAsync();
        var order = NewOrder();

        var response = await gateway.SendAsync(
            gateway.Registered.Request(HttpMethod.Post, Url(qr.Id.Value), Body(order)).Build());

        AssertError(response, 400, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Create_ExpiredOrder_Returns400OrderExpired()
    {
        var qr = await NewQrAsync();

        var response = await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder(expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)))));

        AssertError(response, 400, "ORDER_EXPIRED");
    }

    [Fact]
    public async Task Create_NoPathToAnAcceptedIssuer_Returns400SettlementNotSupported()
    {
        var qr = await NewQrAsync();

        var response = await gateway.SendAsync(Post(qr.Id.Value, Body(NewOrder(accepts: [999]))));

        AssertError(response, 400, "SETTLEMENT_NOT_SUPPORTED");
    }

    [Fact]
    public async Task Create_BodyWithoutUrls_Returns400InvalidRequest()
    {
        var qr = await NewQrAsync();
        var order = NewOrder();
        var body = new JsonObject { ["order"] = order.DeepClone(), ["signature"] = gateway.Merchant.SignOrder(order) }.ToJsonString();

        var response = await gateway.SendAsync(Post(qr.Id.Value, body));

        AssertError(response, 400, "INVALID_REQUEST");
        Assert.Contains("urls", response.Body);
    }

    [Fact]
    public async Task Create_TwentyConcurrentOrders_AcceptsExactlyOne()
    {
        var qr = await NewQrAsync();
        var bodies = Enumerable.Range(0, 20).Select(_ => Body(NewOrder())).ToArray();

        var responses = await Task.WhenAll(bodies.Select(body => gateway.SendAsync(Post(qr.Id.Value, body))));

        Assert.Single(responses, r => r.Status == 200);
        Assert.All(responses.Where(r => r.Status != 200), r => AssertError(r, 410, "SESSION_USED"));
        Assert.Equal(1, await WalletQrSessions.CheckoutSessionsOpenedAsync(gateway.Database.ConnectionString, qr));
    }

    private Task<QrSession> NewQrAsync(DateTimeOffset? startedAt = null) => WalletQrSessions.StartAsync(gateway.Database.ConnectionString, startedAt);

    private static JsonObject NewOrder(DateTimeOffset? expiresAt = null, long[]? accepts = null) =>
        TestOrders.Order(Merchant, accepts ?? [Us], expiresAt: expiresAt);

    private string Body(JsonObject order, string? signature = null) => new JsonObject
    {
        ["order"] = order.DeepClone(),
        ["signature"] = signature ?? gateway.Merchant.SignOrder(order),
        ["urls"] = new JsonObject
        {
            ["order"] = new JsonArray("https://merchant.example/orders/" + order["id"]),
            ["completed"] = "https://merchant.example/checkout/success",
            ["cancelled"] = "https://merchant.example/checkout/cancelled",
        },
    }.ToJsonString();

    private string Url(string sessionReference) => gateway.Url("/opencharge/orders/create/" + sessionReference);

    private HttpRequestMessage Post(string sessionReference, string body) =>
        gateway.Merchant.Request(HttpMethod.Post, Url(sessionReference), body).Build();

    private static void AssertError(GatewayResponse response, int status, string code)
    {
        Assert.True(response.Status == status, $"expected {status} {code}, got {response}");
        Assert.Equal(code, response.ErrorCode());
        Assert.True(response.SignatureVerifies, $"error response must be signed: {response}");
    }
}
