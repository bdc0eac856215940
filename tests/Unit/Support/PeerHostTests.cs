using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

public sealed class PeerHostTests : IAsyncLifetime
{
    private PeerNetwork _network = null!;

    public async Task InitializeAsync() => _network = await PeerNetwork.StartAsync();

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task Metadata_WhenFetched_IsNestedAndSignedOverConfig()
    {
        using var http = new HttpClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync(_network.Gateway.Endpoint + "/metadata.json"));

        var config = document.RootElement.GetProperty("config");
        Assert.Equal(_network.Gateway.Host.PublicKey, config.GetProperty("publicKey").GetString());
        Assert.Equal([100, 200], config.GetProperty("settlement").GetProperty("accepts").EnumerateArray().Select(a => a.GetInt64()));
        Assert.True(PeerHost.Secp256k1.Verify(
            _network.Gateway.Host.PublicKey, CanonicalJson.CanonicalBytes(config), document.RootElement.GetProperty("signature").GetString()!));
    }

    [Fact]
    public async Task Metadata_WhenReadByTheGatewaysReader_IsValidWithTheProfilesSettlement()
    {
        using var http = new HttpClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(_network.Gateway.Endpoint + "/metadata.json"));

        var result = new MetadataDocumentReader(new BouncyCastleSecp256k1()).Read(new Ocid(PeerNetwork.GatewayOcid), document.RootElement);

        Assert.Null(result.Problem);
        Assert.Equal(_network.Gateway.Endpoint, result.Metadata!.Endpoint);
        Assert.Equal([new Ocid(100), new Ocid(200)], result.Metadata.Settlement.Accepts);
        Assert.Contains("payment.settle", result.Metadata.Capabilities);
    }

    [Fact]
    public async Task SignedPost_WithTamperedSignature_Answers401InvalidSignature()
    {
        using var request = _network.Payer.Request(HttpMethod.Post, _network.Provider.Endpoint + "/transfer/create", "{}").WithTamperedSignature().Build();

        var (status, code) = await SendAsync(request);

        Assert.Equal((401, "INVALID_SIGNATURE"), (status, code));
        Assert.Empty(_network.Provider.Transfers);
    }

    [Fact]
    public async Task SignedPost_WithTimestampOutsideWindow_Answers401TimestampExpired()
    {
        using var request = Forge(_network.Payer, DateTimeOffset.UtcNow.AddSeconds(-301), "req_old");

        var (status, code) = await SendAsync(request);

        Assert.Equal((401, "TIMESTAMP_EXPIRED"), (status, code));
    }

    [Fact]
    public async Task SignedPost_WithReusedNonce_Answers401NonceReused()
    {
        using var first = Forge(_network.Payer, DateTimeOffset.UtcNow, "req_once");
        using var replay = Forge(_network.Payer, DateTimeOffset.UtcNow, "req_once");
        await SendAsync(first);

        var (status, code) = await SendAsync(replay);

        Assert.Equal((401, "NONCE_REUSED"), (status, code));
    }

    [Fact]
    public async Task SignedPost_FromOcidOutsideRegistry_Answers401UnknownOcid()
    {
        await using var stranger = await PeerHost.StartAsync(new PeerProfile { Ocid = 777 });
        using var request = stranger.SignedRequest(HttpMethod.Post, _network.Provider.Endpoint + "/transfer/create", "{}");

        var (status, code) = await SendAsync(request);

        Assert.Equal((401, "UNKNOWN_OCID"), (status, code));
    }

    [Fact]
    public async Task Response_OfAnyRequest_IsSignedWithThePeersKey()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(_network.Provider.Endpoint + "/verify/nope");

        var body = await response.Content.ReadAsByteArrayAsync();
        var canonical = CanonicalResponse.Build(
            response.Headers.GetValues("X-OC-ID").Single(), response.Headers.GetValues("X-OC-Timestamp").Single(), 404, BodyHash.Of(body));
        Assert.True(PeerHost.Secp256k1.Verify(_network.Provider.Host.PublicKey, Encoding.UTF8.GetBytes(canonical), response.Headers.GetValues("X-OC-Signature").Single()));
    }

    private HttpRequestMessage Forge(PeerHost sender, DateTimeOffset at, string nonce) =>
        sender.Request(HttpMethod.Post, _network.Provider.Endpoint + "/transfer/create", PeerNetwork.TransferTo(PeerNetwork.GatewayOcid, "x").ToJsonString())
            .At(at)
            .WithNonce(nonce)
            .Build();

    private static async Task<(int Status, string? Code)> SendAsync(HttpRequestMessage request)
    {
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        var reply = new PeerReply((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        return (reply.Status, reply.ErrorCode);
    }
}
