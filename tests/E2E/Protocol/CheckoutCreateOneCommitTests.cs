using System.Text.Json.Nodes;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// Issue 11: checkout/create writes its nonce, its session and its idempotency record in one transaction. A refused
/// request leaves no session behind, a rejected one still spends its nonce, and concurrent repeats of one key make one
/// session.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class CheckoutCreateOneCommitTests(GatewayWithPeersFixture gateway)
{
    private const long Gateway = 700;
    private const long Merchant = 701;

    [Fact]
    public async Task Create_ReplayedNonceCarryingAnotherOrder_Returns401AndOpensNoSession()
    {
        var nonce = "req_" + Guid.NewGuid().ToString("N");
        var first = NewOrder();
        var second = NewOrder();
        await gateway.SendAsync(Request(Body(first), nonce));

        var replay = await gateway.SendAsync(Request(Body(second), nonce));

        Assert.Equal((401, "NONCE_REUSED"), (replay.Status, ErrorCode(replay)));
        Assert.Equal((1, 0), (await SessionsForAsync(first), await SessionsForAsync(second)));
    }

    [Fact]
    public async Task Create_OrderRejected_StillSpendsTheNonce()
    {
        var nonce = "req_" + Guid.NewGuid().ToString("N");
        var order = NewOrder();
        var forged = TestOrders.CheckoutCreateBody(order, gateway.Registered.SignOrder(order), Merchant, SuccessUrl, CancelUrl);
        var rejected = await gateway.SendAsync(Request(forged, nonce));

        var retry = await gateway.SendAsync(Request(Body(order), nonce));

        Assert.Equal((400, 401, "NONCE_REUSED"), (rejected.Status, retry.Status, ErrorCode(retry)));
        Assert.Equal(0, await SessionsForAsync(order));
    }

    [Fact]
    public async Task Create_ConcurrentPairWithOneKey_OpensOneSessionAndAnswersBothAlike()
    {
        var key = Guid.NewGuid().ToString();
        var order = NewOrder();
        var body = Body(order);

        var pair = await Task.WhenAll(gateway.SendAsync(WithKey(Request(body), key)), gateway.SendAsync(WithKey(Request(body), key)));

        Assert.All(pair, r => Assert.Equal(200, r.Status));
        Assert.Equal(pair[0].Body, pair[1].Body);
        Assert.Equal(1, await SessionsForAsync(order));
        Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM idempotency_records WHERE key = '{key}' AND status_code = 200"));
    }

    [Fact]
    public async Task Create_ReplayOfTheSameRequest_Returns401SignedAndKeepsTheOneSession()
    {
        var nonce = "req_" + Guid.NewGuid().ToString("N");
        var order = NewOrder();
        var body = Body(order);
        var first = await gateway.SendAsync(Request(body, nonce));

        var replay = await gateway.SendAsync(Request(body, nonce));

        Assert.Equal((200, 401, "NONCE_REUSED", true), (first.Status, replay.Status, ErrorCode(replay), replay.SignatureVerifies));
        Assert.Equal(1, await SessionsForAsync(order));
    }

    [Fact]
    public async Task Create_ConcurrentCreatesOfOneOrderWithoutKey_OpenOneLiveSessionAndAnswerItToAll()
    {
        var order = NewOrder();
        var body = Body(order);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => gateway.SendAsync(Request(body))));

        Assert.All(answers, r => Assert.Equal(200, r.Status));
        Assert.Single(answers.Select(r => JsonNode.Parse(r.Body)?["session_id"]?.GetValue<string>()).Distinct());
        Assert.Equal(1, await SessionsForAsync(order));
    }

    private static string SuccessUrl => "https://merchant.example/checkout/success";

    private static string CancelUrl => "https://merchant.example/checkout/cancel";

    private static JsonObject NewOrder() => TestOrders.Order(Merchant, [100, Gateway]);

    private string Body(JsonObject order) =>
        TestOrders.CheckoutCreateBody(order, gateway.Merchant.SignOrder(order), Merchant, SuccessUrl, CancelUrl);

    private HttpRequestMessage Request(string body, string? nonce = null)
    {
        var request = gateway.Registered.Request(HttpMethod.Post, gateway.Url("/opencharge/checkout/create"), body);
        return (nonce is null ? request : request.WithNonce(nonce)).Build();
    }

    private static HttpRequestMessage WithKey(HttpRequestMessage request, string key)
    {
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static string? ErrorCode(GatewayResponse response) =>
        JsonNode.Parse(response.Body)?["error"]?["code"]?.GetValue<string>();

    private Task<long> SessionsForAsync(JsonObject order) =>
        ScalarAsync($"SELECT COUNT(*) FROM checkout_sessions WHERE order_id = '{order["id"]}'");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(gateway.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
