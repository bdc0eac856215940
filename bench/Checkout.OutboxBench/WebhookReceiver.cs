using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>
/// A healthy merchant on its own Kestrel host: it publishes signed metadata, accepts every proof posted to
/// <c>/opencharge/transfer/webhook</c> and notes when each txid first arrived (<see cref="Stopwatch"/> ticks).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _arrivals = new();
    private PeerHost _host = null!;
    private int _received;

    private WebhookReceiver()
    {
    }

    public long Ocid => _host.Ocid;

    public string Endpoint => _host.Endpoint;

    /// <summary>Proofs received, repeats included.</summary>
    public int Received => Volatile.Read(ref _received);

    public static async Task<WebhookReceiver> StartAsync(long ocid)
    {
        var receiver = new WebhookReceiver();
        var profile = new PeerProfile { Ocid = ocid, Name = $"Receiver {ocid}", SettlementCurrencies = [] };
        receiver._host = await PeerHost.StartAsync(profile, (app, _) => app.MapPost("/opencharge/transfer/webhook", async (HttpContext context) =>
        {
            var arrivedAt = Stopwatch.GetTimestamp();
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var txid = body.RootElement.GetProperty("proof").GetProperty("txid").GetString()!;
            receiver.ArrivalOf(txid).TrySetResult(arrivedAt);
            Interlocked.Increment(ref receiver._received);
            await context.Response.WriteAsJsonAsync(new { status = "accepted", txid });
        }));
        return receiver;
    }

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp at which the proof first arrived.</summary>
    public Task<long> ArrivalAsync(string txid) => ArrivalOf(txid).Task;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private TaskCompletionSource<long> ArrivalOf(string txid) =>
        _arrivals.GetOrAdd(txid, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
