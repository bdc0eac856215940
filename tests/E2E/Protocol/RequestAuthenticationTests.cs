using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>authentication.md §5 over real HTTP: every refusal is the envelope, and every answer is signed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RequestAuthenticationTests(GatewayWithPeersFixture gateway)
{
    [Fact]
    public async Task Capabilities_SignedByRegisteredPeer_Returns200WithVerifiableSignature()
    {
        var response = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).Build());

        Assert.Equal(200, response.Status);
        Assert.True(response.SignatureVerifies, "response signature must verify against the gateway's published key");
        Assert.Contains("\"capabilities\":[\"checkout.create\",\"orders.create.session\",\"transfer.create\",\"transfer.webhook\",\"verify.txid\",\"orders.status\"]", response.Body);
        Assert.Contains("\"ocid\":200", response.Body);
    }

    [Fact]
    public async Task Capabilities_TamperedSignature_Returns401InvalidSignature()
    {
        var response = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).WithTamperedSignature().Build());

        AssertSignedError(response, 401, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Capabilities_SignedWithAnotherPeersKey_Returns401InvalidSignature()
    {
        var response = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).SignedWith(gateway.Unregistered.PrivateKey).Build());

        AssertSignedError(response, 401, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task Capabilities_Timestamp301SecondsOff_Returns401TimestampExpired()
    {
        var response = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).At(DateTimeOffset.UtcNow.AddSeconds(-301)).Build());

        AssertSignedError(response, 401, "TIMESTAMP_EXPIRED");
    }

    [Fact]
    public async Task Capabilities_ReusedNonce_Returns401NonceReused()
    {
        var nonce = "req_" + Guid.NewGuid().ToString("N");
        var first = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).WithNonce(nonce).Build());

        var replay = await gateway.SendAsync(CapabilitiesRequest(gateway.Registered).WithNonce(nonce).Build());

        Assert.Equal(200, first.Status);
        AssertSignedError(replay, 401, "NONCE_REUSED");
    }

    [Fact]
    public async Task Capabilities_UnknownOcid_Returns401UnknownOcid()
    {
        var response = await gateway.SendAsync(CapabilitiesRequest(gateway.Unregistered).Build());

        AssertSignedError(response, 401, "UNKNOWN_OCID");
    }

    [Fact]
    public async Task Capabilities_PeerMetadataUnreachable_Returns502MetadataUnavailable()
    {
        await using var unreachable = await TestPeer.StartAsync(GatewayWithPeersFixture.UnreachableOcid);

        var response = await gateway.SendAsync(CapabilitiesRequest(unreachable).Build());

        AssertSignedError(response, 502, "METADATA_UNAVAILABLE");
    }

    [Fact]
    public async Task Capabilities_NoAuthHeaders_Returns401InvalidSignature()
    {
        var response = await gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, gateway.Url("/opencharge/capabilities")));

        AssertSignedError(response, 401, "INVALID_SIGNATURE");
    }

    private SignedRequestBuilder CapabilitiesRequest(TestPeer peer) =>
        peer.Request(HttpMethod.Get, gateway.Url("/opencharge/capabilities"));

    private static void AssertSignedError(GatewayResponse response, int status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.ErrorCode());
        Assert.True(response.SignatureVerifies, $"error response must be signed: {response}");
    }
}
