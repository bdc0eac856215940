using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// The gateway as its own process plus independent peers on their own Kestrel hosts: <see cref="Registered"/> is in
/// the gateway's registry configuration, <see cref="Unregistered"/> is not, and <see cref="UnreachableOcid"/> is
/// registered at an address where nothing listens.
/// </summary>
public sealed class GatewayWithPeersFixture : IAsyncLifetime
{
    public const long UnreachableOcid = 709;

    private readonly GatewayAndPeers _setup = new();
    private TestPeer? _registered;
    private TestPeer? _unregistered;
    private TestPeer? _merchant;

    public CheckoutHost Gateway => _setup.Gateway;

    public TestDatabase Database => _setup.Database;

    public TestPeer Registered => _registered!;

    public TestPeer Unregistered => _unregistered!;

    /// <summary>A merchant whose orders <see cref="Registered"/> (acting as its merchant gateway) forwards.</summary>
    public TestPeer Merchant => _merchant!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string GatewayPublicKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _registered = await _setup.StartPeerAsync(700);
        _unregistered = await _setup.StartPeerAsync(708);
        _merchant = await _setup.StartPeerAsync(701);
        await _setup.StartGatewayAsync(new Dictionary<string, string>
        {
            ["Opencharge:Registry:Peers:700"] = Registered.Endpoint,
            ["Opencharge:Registry:Peers:701"] = Merchant.Endpoint,
            // Port 9 (discard) has no listener here: the connection is refused at once.
            [$"Opencharge:Registry:Peers:{UnreachableOcid}"] = "http://127.0.0.1:9/opencharge",
        });
        GatewayPublicKey = await FetchGatewayPublicKeyAsync();
    }

    public async Task<GatewayResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        return await GatewayResponse.ReadAsync(response, GatewayPublicKey);
    }

    public string Url(string path) => Gateway.BaseUrl + path;

    public async Task<string> FetchGatewayPublicKeyAsync()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(Url("/opencharge/metadata.json")));
        return document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _setup.DisposeAsync();
    }
}
