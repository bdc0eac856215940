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

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// A peer (merchant gateway or merchant) on its own loopback Kestrel with a random secp256k1 key, publishing signed
/// nested metadata under <c>{BaseUrl}/opencharge</c> the way tests/E2E/FakePeers/TestPeer does.
/// </summary>
internal sealed class LoadPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _metadataJson;

    private LoadPeer(long ocid, byte[] privateKey, WebApplication app, string baseUrl)
    {
        Ocid = ocid;
        PrivateKey = privateKey;
        PublicKey = Secp256k1.DerivePublicKey(privateKey);
        _app = app;
        BaseUrl = baseUrl;
        _metadataJson = BuildMetadataJson();
    }

    public static BouncyCastleSecp256k1 Secp256k1 { get; } = new();

    public long Ocid { get; }

    public byte[] PrivateKey { get; }

    public string PublicKey { get; }

    public string BaseUrl { get; }

    public string Endpoint => BaseUrl + "/opencharge";

    public static async Task<LoadPeer> StartAsync(long ocid)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var peerHolder = new TaskCompletionSource<LoadPeer>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.MapGet("/opencharge/metadata.json", async (HttpContext context) =>
        {
            var peer = await peerHolder.Task;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(peer._metadataJson);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var peer = new LoadPeer(ocid, NewPrivateKey(), app, address.TrimEnd('/'));
        peerHolder.SetResult(peer);
        return peer;
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
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(config));
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = $"Load peer {Ocid}",
            ["config"] = config,
            ["signature"] = Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(canonical)),
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
