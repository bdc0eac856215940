using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>Issue point 4: per-address and per-verified-OCID limits on <c>/opencharge</c>, refused as a signed 429 envelope.</summary>
public sealed class RateLimitTests(RateLimitedGatewayFixture gateway) : IClassFixture<RateLimitedGatewayFixture>
{
    [Fact]
    public async Task PerAddress_OverTheLimit_Returns429RateLimitedWithRetryAfter()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            ["Opencharge:RateLimit:PermitsPerAddress"] = "5",
            ["Opencharge:RateLimit:WindowSeconds"] = "3600",
        });
        using var http = new HttpClient();
        var metadata = host.BaseUrl + "/opencharge/metadata.json";
        var publicKey = await PublicKeyAsync(http, metadata);
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var allowed = await http.GetAsync(metadata);
            statuses.Add((int)allowed.StatusCode);
        }

        var (refused, retryAfter) = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, metadata), publicKey);

        Assert.All(statuses, status => Assert.Equal(200, status));
        AssertRateLimited(refused, retryAfter);
    }

    [Fact]
    public async Task PerOcid_ForgedFloodClaimingVictim_DoesNotSpendTheVictimsAllowance()
    {
        var victim = gateway.Peer(700);
        for (var i = 0; i < 4 * RateLimitedGatewayFixture.PermitsPerOcid; i++)
        {
            var (forged, _) = await CallAsync(victim.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")).WithTamperedSignature());
            Assert.Equal("INVALID_SIGNATURE", forged.ErrorCode());
        }

        var genuine = new List<int>();
        for (var i = 0; i < RateLimitedGatewayFixture.PermitsPerOcid; i++)
        {
            var (response, _) = await CallAsync(victim.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")));
            genuine.Add(response.Status);
        }

        Assert.All(genuine, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task PerOcid_OverTheLimit_Returns429ForThatOcidOnly()
    {
        var busy = gateway.Peer(701);
        for (var i = 0; i < RateLimitedGatewayFixture.PermitsPerOcid; i++)
        {
            var (allowed, _) = await CallAsync(busy.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")));
            Assert.Equal(200, allowed.Status);
        }

        var (refused, retryAfter) = await CallAsync(busy.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")));
        var (other, _) = await CallAsync(gateway.Peer(702).Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities")));

        AssertRateLimited(refused, retryAfter);
        Assert.Equal(200, other.Status);
    }

    public static async Task<string> PublicKeyAsync(HttpClient http, string metadataUrl)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(metadataUrl));
        return document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    private Task<(GatewayResponse Response, TimeSpan? RetryAfter)> CallAsync(SignedRequestBuilder request) =>
        SendAsync(gateway.Http, request.Build(), gateway.GatewayPublicKey);

    private static async Task<(GatewayResponse Response, TimeSpan? RetryAfter)> SendAsync(HttpClient http, HttpRequestMessage request, string publicKey)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            return (await GatewayResponse.ReadAsync(response, publicKey), response.Headers.RetryAfter?.Delta);
        }
    }

    private static void AssertRateLimited(GatewayResponse response, TimeSpan? retryAfter)
    {
        Assert.Equal(429, response.Status);
        Assert.Equal("RATE_LIMITED", response.ErrorCode());
        Assert.True(response.SignatureVerifies, $"429 must be signed: {response}");
        Assert.True(retryAfter > TimeSpan.Zero, "429 must say when to retry");
    }
}
