using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>
/// A gateway of its own for the negative vectors (it is restarted, and it hears hundreds of requests from one OCID,
/// so the rate limiter is off), with two registered peers, a peer it does not know, and a registered peer kept only
/// for counting how often the gateway fetches its metadata.
/// </summary>
public sealed class NegativeVectorFixture : IAsyncLifetime
{
    private readonly GatewayAndPeers _setup = new();

    public CheckoutHost Gateway => _setup.Gateway;

    public VectorPeers Peers { get; private set; } = null!;

    /// <summary>Registered, and sent nothing but forgeries: its metadata hits are what forgeries cost.</summary>
    public TestPeer Counted { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string GatewayPublicKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var signer = await _setup.StartPeerAsync(700);
        var other = await _setup.StartPeerAsync(701);
        var unregistered = await _setup.StartPeerAsync(708);
        Counted = await _setup.StartPeerAsync(702);
        Peers = new VectorPeers(signer, other, unregistered);
        await _setup.StartGatewayAsync(new Dictionary<string, string>
        {
            [GatewayAndPeers.RegistryKey(signer)] = signer.Endpoint,
            [GatewayAndPeers.RegistryKey(other)] = other.Endpoint,
            [GatewayAndPeers.RegistryKey(Counted)] = Counted.Endpoint,
            ["Opencharge:RateLimit:PermitsPerOcid"] = "0",
            ["Opencharge:RateLimit:PermitsPerAddress"] = "0",
        });
        using var metadata = JsonDocument.Parse(await Http.GetStringAsync(Gateway.BaseUrl + "/opencharge/metadata.json"));
        GatewayPublicKey = metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    public async Task<GatewayResponse> SendAsync(SignedParts parts)
    {
        using var request = parts.ToRequest(Gateway.BaseUrl);
        using var response = await Http.SendAsync(request);
        return await GatewayResponse.ReadAsync(response, GatewayPublicKey);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _setup.DisposeAsync();
    }
}
