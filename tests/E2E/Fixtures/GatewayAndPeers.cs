using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// The app as a gateway on a fresh database, and the test peers started for it. Peers start first, because the
/// gateway's registry settings name their endpoints; everything is disposed together.
/// </summary>
public sealed class GatewayAndPeers : IAsyncDisposable
{
    private readonly List<TestPeer> _peers = [];
    private CheckoutWithDatabase? _gateway;

    public CheckoutHost Gateway => _gateway?.Host ?? throw new InvalidOperationException("The gateway starts in StartGatewayAsync.");

    public IReadOnlyList<TestPeer> Peers => _peers;

    /// <summary>The gateway's database, for tests that set up what only a shopper's browser would otherwise create.</summary>
    public TestDatabase Database => _gateway?.Database ?? throw new InvalidOperationException("The gateway starts in StartGatewayAsync.");

    /// <summary>The configuration key that puts <paramref name="peer"/> in the gateway's registry.</summary>
    public static string RegistryKey(TestPeer peer) => peer.Host.RegistrySettingKey;

    public async Task<TestPeer> StartPeerAsync(long ocid)
    {
        var peer = await TestPeer.StartAsync(ocid);
        _peers.Add(peer);
        return peer;
    }

    public async Task StartGatewayAsync(IReadOnlyDictionary<string, string> settings) =>
        _gateway = await CheckoutWithDatabase.StartAsync(settings);

    public async ValueTask DisposeAsync()
    {
        // The gateway first, so it is not mid-call to a peer that has already stopped.
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        foreach (var peer in _peers)
        {
            await peer.DisposeAsync();
        }
    }
}
