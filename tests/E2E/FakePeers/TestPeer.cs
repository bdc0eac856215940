using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// An independent Opencharge peer on its own Kestrel host with its own secp256k1 key: it publishes signed metadata
/// under <c>{BaseUrl}/opencharge</c> and signs the requests it sends to the gateway.
/// </summary>
public sealed partial class TestPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _metadataFetches;

    private TestPeer(long ocid, byte[] privateKey, WebApplication app, string baseUrl)
    {
        Ocid = ocid;
        PrivateKey = privateKey;
        PublicKey = Secp256k1.DerivePublicKey(privateKey);
        _app = app;
        BaseUrl = baseUrl;
    }

    internal static BouncyCastleSecp256k1 Secp256k1 { get; } = new();

    public long Ocid { get; }

    public byte[] PrivateKey { get; }

    public string PublicKey { get; }

    public string BaseUrl { get; }

    public string Endpoint => BaseUrl + "/opencharge";

    /// <summary>How often anyone fetched our metadata.json: what a forged request made the gateway do.</summary>
    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    public static async Task<TestPeer> StartAsync(long ocid)
    {
        var privateKey = NewPrivateKey();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var peerHolder = new TaskCompletionSource<TestPeer>();
        app.MapGet("/opencharge/metadata.json", async (HttpContext context) =>
        {
            var peer = await peerHolder.Task;
            Interlocked.Increment(ref peer._metadataFetches);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(peer.MetadataJson());
        });
        MapWebhook(app, peerHolder.Task);
        MapMerchantPages(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var peer = new TestPeer(ocid, privateKey, app, address.TrimEnd('/'));
        peerHolder.SetResult(peer);
        return peer;
    }

    /// <summary>Our metadata document in the nested form, <c>config</c> signed with our key.</summary>
    public string MetadataJson()
    {
        var config = new JsonObject
        {
            ["publicKey"] = PublicKey,
            ["endpoint"] = Endpoint,
            ["capabilities"] = new JsonArray("orders.checkout", "transfer.webhook"),
            ["settlement"] = new JsonObject { ["currencies"] = new JsonArray("USD"), ["accepts"] = new JsonArray(Ocid) },
        };
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(config));
        var document = new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = $"Test peer {Ocid}",
            ["config"] = config,
            ["signature"] = Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(canonical)),
        };
        return document.ToJsonString();
    }

    /// <summary>A signer for requests from this peer; tests tweak the headers to provoke each failure.</summary>
    public SignedRequestBuilder Request(HttpMethod method, string url, string? body = null) =>
        new(this, method, url, body);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static byte[] NewPrivateKey()
    {
        while (true)
        {
            var key = RandomNumberGenerator.GetBytes(32);
            try
            {
                Secp256k1.DerivePublicKey(key);
                return key;
            }
            catch (ArgumentException)
            {
                // Out of range: draw again.
            }
        }
    }
}
