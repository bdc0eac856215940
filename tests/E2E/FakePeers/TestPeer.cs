using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// A merchant or merchant gateway as the E2E suites need it: a <see cref="PeerHost"/> (own key, signed metadata,
/// signed responses and requests) that accepts its own proofs, plus a webhook recorder and the shop's return pages.
/// </summary>
public sealed partial class TestPeer : IAsyncDisposable
{
    private TestPeer(PeerHost host) => Host = host;

    public PeerHost Host { get; }

    public long Ocid => Host.Ocid;

    public byte[] PrivateKey => Host.PrivateKey;

    public string PublicKey => Host.PublicKey;

    public string BaseUrl => Host.BaseUrl;

    public string Endpoint => Host.Endpoint;

    /// <summary>How often anyone fetched our metadata.json: what a forged request made the gateway do.</summary>
    public int MetadataFetches => Host.MetadataFetches;

    public static async Task<TestPeer> StartAsync(long ocid)
    {
        TestPeer? peer = null;
        var profile = new PeerProfile
        {
            Ocid = ocid,
            Name = $"Test peer {ocid}",
            Capabilities = ["orders.checkout", "transfer.webhook"],
            Accepts = [ocid],
        };
        await PeerHost.StartAsync(profile, (app, host) =>
        {
            peer = new TestPeer(host);
            peer.MapWebhook(app);
            MapMerchantPages(app);
        });
        return peer!;
    }

    /// <summary>A signer for requests from this peer; tests tweak the headers to provoke each failure.</summary>
    public SignedRequestBuilder Request(HttpMethod method, string url, string? body = null) => Host.Request(method, url, body);

    /// <summary>Signs a merchant order's canonical JSON (authentication.md §7) with this peer's key.</summary>
    public string SignOrder(JsonObject order) => Host.SignCanonical(order);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
