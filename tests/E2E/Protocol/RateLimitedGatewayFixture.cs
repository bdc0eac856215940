using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// The gateway with a small per-OCID limit and no per-address limit (every test peer shares 127.0.0.1), and three
/// registered peers so each test can use OCIDs no other test has spent. The window outlasts the tests, so no
/// allowance refills mid-test.
/// </summary>
public sealed class RateLimitedGatewayFixture : IAsyncLifetime
{
    public const int PermitsPerOcid = 3;

    private readonly GatewayAndPeers _setup = new();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string GatewayPublicKey { get; private set; } = "";

    public TestPeer Peer(long ocid) => _setup.Peers.Single(peer => peer.Ocid == ocid);

    public string Url(string path) => _setup.Gateway.BaseUrl + path;

    public async Task InitializeAsync()
    {
        foreach (var ocid in new long[] { 700, 701, 702 })
        {
            await _setup.StartPeerAsync(ocid);
        }
        var settings = _setup.Peers.ToDictionary(GatewayAndPeers.RegistryKey, peer => peer.Endpoint);
        settings["Opencharge:RateLimit:PermitsPerAddress"] = "0";
        settings["Opencharge:RateLimit:PermitsPerOcid"] = PermitsPerOcid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Opencharge:RateLimit:WindowSeconds"] = "3600";
        await _setup.StartGatewayAsync(settings);
        GatewayPublicKey = await RateLimitTests.PublicKeyAsync(Http, Url("/opencharge/metadata.json"));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _setup.DisposeAsync();
    }
}
