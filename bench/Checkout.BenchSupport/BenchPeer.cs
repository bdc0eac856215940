using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.BenchSupport;

/// <summary>
/// A peer (merchant gateway or merchant) for the benches: a <see cref="PeerHost"/> publishing signed metadata under
/// <c>{BaseUrl}/opencharge</c>, plus the request signing the load test and the fuzzer drive by hand.
/// </summary>
public sealed class BenchPeer : IAsyncDisposable
{
    private readonly PeerHost _host;

    private BenchPeer(PeerHost host) => _host = host;

    public static ISecp256k1 Secp256k1 => PeerHost.Secp256k1;

    public long Ocid => _host.Ocid;

    public byte[] PrivateKey => _host.PrivateKey;

    public string PublicKey => _host.PublicKey;

    public string BaseUrl => _host.BaseUrl;

    public string Endpoint => _host.Endpoint;

    public static async Task<BenchPeer> StartAsync(long ocid) => new(await PeerHost.StartAsync(new PeerProfile
    {
        Ocid = ocid,
        Name = $"Bench peer {ocid}",
        Capabilities = ["orders.checkout", "transfer.webhook"],
        Accepts = [ocid],
    }));

    /// <summary>Signs the recursive canonical form of a JSON object (authentication.md §7), as orders and metadata are signed.</summary>
    public string SignCanonical(JsonNode node) => _host.SignCanonical(node);

    public string SignCanonical(JsonElement element) => _host.SignCanonical(element);

    /// <summary>
    /// The <c>X-OC-Signature</c> of a request this peer sends (authentication.md §3); <paramref name="ocid"/> claims
    /// another identity with this peer's key, for negative tests.
    /// </summary>
    public string SignRequest(string timestamp, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body, string? ocid = null)
    {
        var canonical = CanonicalRequest.Build(ocid ?? Ocid.ToString(CultureInfo.InvariantCulture), timestamp, nonce, method, pathAndQuery, BodyHash.Of(body));
        return Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(canonical));
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
