using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>We advertise exactly what we serve; every other protocol path and method answers for itself, in the envelope.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProtocolRoutingTests(GatewayWithPeersFixture gateway)
{
    /// <summary>endpoints.md, written out independently of the app's own catalogue: capability, method, a path with real ids.</summary>
    public static readonly TheoryData<string, string, string> Operations = new()
    {
        { "checkout.create", "POST", "/opencharge/checkout/create" },
        { "orders.create.session", "POST", "/opencharge/orders/create/0123456789abcdef0123456789abcdef" },
        { "transfer.create", "POST", "/opencharge/transfer/create" },
        { "transfer.webhook", "POST", "/opencharge/transfer/webhook" },
        { "payment.create", "POST", "/opencharge/payment/create" },
        { "payment.settle", "POST", "/opencharge/payment/settle" },
        { "verify.txid", "GET", "/opencharge/verify/gateway_tx_456" },
        { "orders.status", "GET", "/opencharge/orders/ord_abc123/status" },
    };

    [Fact]
    public async Task CheckoutCreate_Get_Returns405EnvelopeWithAllowPost()
    {
        using var response = await gateway.Http.GetAsync(gateway.Url("/opencharge/checkout/create"));
        var read = await GatewayResponse.ReadAsync(response, gateway.GatewayPublicKey);

        Assert.Equal(405, read.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", read.ErrorCode());
        Assert.True(read.SignatureVerifies, $"405 must be signed: {read}");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AdvertisedCapabilities_SignedCall_ReachesAServingEndpoint()
    {
        var advertised = (await MetadataCapabilitiesAsync()).Union(await PartnerCapabilitiesAsync()).ToArray();
        var known = Operations.ToDictionary(row => (string)row[0], row => ((string)row[1], (string)row[2]));

        Assert.NotEmpty(advertised);
        foreach (var capability in advertised)
        {
            Assert.True(known.TryGetValue(capability, out var operation), $"'{capability}' is advertised but is no protocol operation this test knows");
            var response = await SignedCallAsync(operation.Item1, operation.Item2);

            // A served route may answer 404 for an unknown id (TXID_NOT_FOUND), never the router's NOT_FOUND or a 405.
            Assert.True(response.Status != 405 && !response.Body.Contains("\"NOT_FOUND\"", StringComparison.Ordinal), $"advertised '{capability}' answered {response}");
            Assert.DoesNotContain("CAPABILITY_NOT_SUPPORTED", response.Body);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task ProtocolOperation_NotAdvertised_Returns400CapabilityNotSupported(string capability, string method, string path)
    {
        var advertised = await MetadataCapabilitiesAsync();

        var response = await SignedCallAsync(method, path);

        if (advertised.Contains(capability))
        {
            Assert.DoesNotContain("CAPABILITY_NOT_SUPPORTED", response.Body);
            return;
        }
        Assert.Equal(400, response.Status);
        Assert.Equal("CAPABILITY_NOT_SUPPORTED", response.ErrorCode());
        Assert.True(response.SignatureVerifies, $"refusal must be signed: {response}");
    }

    [Fact]
    public async Task UnservedCapability_Unsigned_IsRefusedWithoutAuthentication()
    {
        var response = await gateway.SendAsync(new HttpRequestMessage(HttpMethod.Post, gateway.Url("/opencharge/payment/create")));

        Assert.Equal(400, response.Status);
        Assert.Equal("CAPABILITY_NOT_SUPPORTED", response.ErrorCode());
    }

    [Theory]
    [InlineData("GET", "/opencharge/orders/ord_abc123/status", "/opencharge/orders/create/status")]
    [InlineData("GET", "/opencharge/orders/ord_abc123/status", "/opencharge/orders/status/status")]
    [InlineData("POST", "/opencharge/orders/create/0123456789abcdef0123456789abcdef", "/opencharge/orders/create/status")]
    [InlineData("POST", "/opencharge/orders/create/0123456789abcdef0123456789abcdef", "/opencharge/orders/create/create")]
    [InlineData("GET", "/opencharge/verify/gateway_tx_456", "/opencharge/verify/create")]
    public async Task RouteId_ReservedWord_IsNeverBoundWhereARealIdIs(string method, string withId, string withReservedWord)
    {
        var real = await gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), gateway.Url(withId)));

        var reserved = await gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), gateway.Url(withReservedWord)));

        // A served id route may itself answer 404 (TXID_NOT_FOUND, ORDER_NOT_FOUND), but never the router's NOT_FOUND.
        Assert.NotEqual("NOT_FOUND", real.ErrorCode());
        Assert.Equal(404, reserved.Status);
        Assert.Equal("NOT_FOUND", reserved.ErrorCode());
    }

    private Task<GatewayResponse> SignedCallAsync(string method, string path) =>
        gateway.SendAsync(gateway.Registered.Request(new HttpMethod(method), gateway.Url(path), method == "POST" ? "{}" : null).Build());

    private async Task<string[]> MetadataCapabilitiesAsync()
    {
        using var document = JsonDocument.Parse(await gateway.Http.GetStringAsync(gateway.Url("/opencharge/metadata.json")));
        return Names(document.RootElement.GetProperty("config").GetProperty("capabilities"));
    }

    private async Task<string[]> PartnerCapabilitiesAsync()
    {
        var response = await gateway.SendAsync(gateway.Registered.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")).Build());
        using var document = JsonDocument.Parse(response.Body);
        return Names(document.RootElement.GetProperty("capabilities"));
    }

    private static string[] Names(JsonElement array) => [.. array.EnumerateArray().Select(name => name.GetString()!)];
}
