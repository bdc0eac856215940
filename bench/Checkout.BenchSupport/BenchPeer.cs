using System.Globalization;
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

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.BenchSupport;

/// <summary>
/// A peer (merchant gateway or merchant) on its own loopback Kestrel with a random secp256k1 key, publishing signed
/// nested metadata under <c>{BaseUrl}/opencharge</c> the way tests/E2E/FakePeers/TestPeer does.
/// </summary>
public sealed class BenchPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _metadataJson;

    private BenchPeer(long ocid, byte[] privateKey, WebApplication app, string baseUrl)
    {
        Ocid = ocid;
        PrivateKey = privateKey;
        PublicKey = Secp256k1.DerivePublicKey(privateKey);
        _app = app;
        BaseUrl = baseUrl;
        _metadataJson = BuildMetadataJson();
    }

    public static ISecp256k1 Secp256k1 { get; } = new BouncyCastleSecp256k1();

    public long Ocid { get; }

    public byte[] PrivateKey { get; }

    public string PublicKey { get; }

    public string BaseUrl { get; }

    public string Endpoint => BaseUrl + "/opencharge";

    public static async Task<BenchPeer> StartAsync(long ocid)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var peerHolder = new TaskCompletionSource<BenchPeer>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.MapGet("/opencharge/metadata.json", async (HttpContext context) =>
        {
            var peer = await peerHolder.Task;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(peer._metadataJson);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var peer = new BenchPeer(ocid, NewPrivateKey(), app, address.TrimEnd('/'));
        peerHolder.SetResult(peer);
        return peer;
    }

    /// <summary>Signs the recursive canonical form of a JSON object (authentication.md §8), as orders and metadata are signed.</summary>
    public string SignCanonical(JsonNode node) => SignCanonical(JsonSerializer.SerializeToElement(node));

    public string SignCanonical(JsonElement element) =>
        Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(element)));

    /// <summary>
    /// The <c>X-OC-Signature</c> of a request this peer sends (authentication.md §3); <paramref name="ocid"/> claims
    /// another identity with this peer's key, for negative tests.
    /// </summary>
    public string SignRequest(string timestamp, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body, string? ocid = null)
    {
        var canonical = CanonicalRequest.Build(ocid ?? Ocid.ToString(CultureInfo.InvariantCulture), timestamp, nonce, method, pathAndQuery, BodyHash.Of(body));
        return Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(canonical));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private string BuildMetadataJson()
    {
        var config = new JsonObject
        {
            ["publicKey"] = PublicKey,
            ["endpoint"] = Endpoint,
            ["capabilities"] = new JsonArray("orders.checkout", "transfer.webhook"),
            ["settlement"] = new JsonObject { ["currencies"] = new JsonArray("USD"), ["accepts"] = new JsonArray(Ocid) },
        };
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = $"Bench peer {Ocid}",
            ["config"] = config,
            ["signature"] = SignCanonical(config),
        }.ToJsonString();
    }

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
                // Zero or not below the curve order: draw again.
            }
        }
    }
}
