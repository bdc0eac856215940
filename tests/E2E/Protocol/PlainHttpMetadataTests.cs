using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>docs/decisions.md: outside sandbox mode a peer's metadata is fetched over https only.</summary>
public sealed class PlainHttpMetadataTests
{
    [Fact]
    public async Task SignedEndpoint_PeerWithPlainHttpMetadataInProduction_AnswersMetadataUnavailableWithoutFetching()
    {
        await using var peer = await TestPeer.StartAsync(700);
        await using var database = await TestDatabase.CreateAsync();
        await using var gateway = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Lets the peer on loopback through the SSRF guard, so only the scheme can stop the fetch.
            ["Opencharge:Network:AllowPrivateAddresses"] = "true",
            ["Opencharge:Registry:Peers:700"] = peer.Endpoint,
        });
        using var http = new HttpClient();
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(gateway.BaseUrl + "/opencharge/metadata.json"));
        var gatewayKey = metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;

        using var response = await http.SendAsync(peer.Request(HttpMethod.Get, gateway.BaseUrl + "/opencharge/capabilities").Build());
        var answer = await GatewayResponse.ReadAsync(response, gatewayKey);

        Assert.Equal((502, "METADATA_UNAVAILABLE"), (answer.Status, answer.ErrorCode()));
        Assert.Equal(0, peer.MetadataFetches);
    }
}
