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

    private readonly List<TestPeer> _peers = [];
    private TestDatabase? _database;
    private CheckoutHost? _gateway;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string GatewayPublicKey { get; private set; } = "";

    public TestPeer Peer(long ocid) => _peers.Single(peer => peer.Ocid == ocid);

    public string Url(string path) => _gateway!.BaseUrl + path;

    public async Task InitializeAsync()
    {
        foreach (var ocid in new long[] { 700, 701, 702 })
        {
            _peers.Add(await TestPeer.StartAsync(ocid));
        }
        var settings = _peers.ToDictionary(peer => $"Opencharge:Registry:Peers:{peer.Ocid}", peer => peer.Endpoint);
        settings["Opencharge:RateLimit:PermitsPerAddress"] = "0";
        settings["Opencharge:RateLimit:PermitsPerOcid"] = PermitsPerOcid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Opencharge:RateLimit:WindowSeconds"] = "3600";
        _database = await TestDatabase.CreateAsync();
        _gateway = await CheckoutHost.StartAsync(_database.ConnectionString, settings);
        GatewayPublicKey = await RateLimitTests.PublicKeyAsync(Http, Url("/opencharge/metadata.json"));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        foreach (var peer in _peers)
        {
            await peer.DisposeAsync();
        }
    }
}
