using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

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

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// A merchant on its own Kestrel port: signed metadata at <c>/opencharge/metadata.json</c> and a
/// <c>/opencharge/transfer/webhook</c> that answers as the test says. It records every proof txid it is sent.
/// </summary>
internal sealed class ReceiverPeer : IAsyncDisposable
{
    private static readonly BouncyCastleSecp256k1 Secp256k1 = new();

    private readonly WebApplication _app;
    private readonly Channel<string> _arrivals = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<string> _received = new();

    private ReceiverPeer(long ocid, byte[] privateKey, WebApplication app)
    {
        Ocid = ocid;
        PrivateKey = privateKey;
        _app = app;
    }

    public long Ocid { get; }

    public byte[] PrivateKey { get; }

    public int Port { get; private set; }

    public string Endpoint => $"http://127.0.0.1:{Port}/opencharge";

    /// <summary>Every txid posted to the webhook, in arrival order, repeats included.</summary>
    public IReadOnlyCollection<string> Received => _received;

    public static async Task<ReceiverPeer> StartAsync(long ocid, Func<HttpContext, Task> answer, int port = 0, byte[]? privateKey = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var peer = new ReceiverPeer(ocid, privateKey ?? NewPrivateKey(), app);
        app.MapGet("/opencharge/metadata.json", (HttpContext context) => context.Response.WriteAsync(peer.MetadataJson()));
        app.MapPost("/opencharge/transfer/webhook", async (HttpContext context) =>
        {
            var txid = await ReadTxidAsync(context.Request);
            peer._received.Enqueue(txid);
            peer._arrivals.Writer.TryWrite(txid);
            await answer(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        peer.Port = new Uri(address).Port;
        return peer;
    }

    /// <summary>Waits for the next webhook call; the token only guards against a hung test.</summary>
    public async Task<string> NextArrivalAsync(CancellationToken cancellationToken) => await _arrivals.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public static Task Accept(HttpContext context) => context.Response.WriteAsJsonAsync(new { status = "accepted", txid = "x" });

    public static Func<HttpContext, Task> Reject(string message) =>
        context => context.Response.WriteAsJsonAsync(new { status = "rejected", txid = "x", message });

    /// <summary>Never answers: the request stays open until the caller gives up.</summary>
    public static async Task Hang(HttpContext context)
    {
        var aborted = new TaskCompletionSource();
        await using (context.RequestAborted.Register(() => aborted.TrySetResult()))
        {
            await aborted.Task;
        }
    }

    private string MetadataJson()
    {
        var config = new JsonObject
        {
            ["publicKey"] = Secp256k1.DerivePublicKey(PrivateKey),
            ["endpoint"] = Endpoint,
            ["capabilities"] = new JsonArray("transfer.webhook"),
        };
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(config));
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = $"Receiver {Ocid}",
            ["config"] = config,
            ["signature"] = Secp256k1.Sign(PrivateKey, Encoding.UTF8.GetBytes(canonical)),
        }.ToJsonString();
    }

    private static async Task<string> ReadTxidAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return body.RootElement.GetProperty("proof").GetProperty("txid").GetString()!;
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
                // Out of range for secp256k1: draw again.
            }
        }
    }
}
