using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>
/// A merchant as a <see cref="PeerHost"/> with a <c>/opencharge/transfer/webhook</c> that answers as the test says.
/// It records every proof txid it is sent. It does not authenticate the sender: the dispatcher tests run the
/// gateway without an HTTP host, so it publishes no key to check against.
/// </summary>
internal sealed class ReceiverPeer : IAsyncDisposable
{
    private readonly Channel<string> _arrivals = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<string> _received = new();
    private PeerHost _host = null!;

    private ReceiverPeer()
    {
    }

    public long Ocid => _host.Ocid;

    public byte[] PrivateKey => _host.PrivateKey;

    public int Port => _host.Port;

    public string Endpoint => _host.Endpoint;

    /// <summary>Every txid posted to the webhook, in arrival order, repeats included.</summary>
    public IReadOnlyCollection<string> Received => _received;

    /// <summary>Starts the receiver; <paramref name="time"/> stamps its signed answers, so it must be the gateway's clock.</summary>
    public static async Task<ReceiverPeer> StartAsync(long ocid, Func<HttpContext, Task> answer, TimeProvider time, int port = 0, byte[]? privateKey = null)
    {
        var peer = new ReceiverPeer();
        var profile = new PeerProfile
        {
            Ocid = ocid,
            Name = $"Receiver {ocid}",
            SettlementCurrencies = [],
            Port = port,
            PrivateKey = privateKey,
            Time = time,
        };
        peer._host = await PeerHost.StartAsync(profile, (app, _) => app.MapPost("/opencharge/transfer/webhook", async (HttpContext context) =>
        {
            var txid = await ReadTxidAsync(context.Request);
            peer._received.Enqueue(txid);
            peer._arrivals.Writer.TryWrite(txid);
            await answer(context);
        }));
        return peer;
    }

    /// <summary>Waits for the next webhook call; the token only guards against a hung test.</summary>
    public async Task<string> NextArrivalAsync(CancellationToken cancellationToken) => await _arrivals.Reader.ReadAsync(cancellationToken);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

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

    private static async Task<string> ReadTxidAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return body.RootElement.GetProperty("proof").GetProperty("txid").GetString()!;
    }
}
