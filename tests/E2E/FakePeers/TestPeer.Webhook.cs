using System.Collections.Concurrent;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// The peer's <c>/transfer/webhook</c>: records every proof delivered to it and can be switched off. It checks
/// nothing, so a test can assert on exactly what the gateway sent (the strict receiver is <c>FakeMerchant</c>).
/// </summary>
public sealed partial class TestPeer
{
    private readonly ConcurrentQueue<ReceivedProof> _received = new();

    /// <summary>While false the webhook answers 503, as a receiver that is down for maintenance would.</summary>
    public bool WebhookAvailable { get; set; } = true;

    /// <summary>While set (and the webhook available), it answers this HTTP status with a short text body: a receiver that breaks.</summary>
    public int? WebhookFailureStatus { get; set; }

    /// <summary>Every delivery that reached the webhook while it was available, duplicates included.</summary>
    public IReadOnlyList<ReceivedProof> ReceivedProofs => _received.ToArray();

    private void MapWebhook(IEndpointRouteBuilder app) =>
        app.MapPost("/opencharge/transfer/webhook", async (HttpContext context) =>
        {
            if (!WebhookAvailable)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
            if (WebhookFailureStatus is { } failure)
            {
                return Results.Text($"E2E fault: HTTP {failure}", statusCode: failure);
            }
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            var proof = document.RootElement.GetProperty("proof").Clone();
            var received = new ReceivedProof(
                proof,
                document.RootElement.GetProperty("signature").GetString()!,
                context.Request.Headers["X-OC-ID"].ToString());
            _received.Enqueue(received);
            // G26: duplicates of (issuer, txid) are answered "accepted" like the first.
            return Results.Json(new { status = "accepted", txid = received.Txid });
        });
}

public sealed record ReceivedProof(JsonElement Proof, string Signature, string SenderOcid)
{
    public long Issuer => Proof.GetProperty("issuer").GetInt64();

    public string Txid => Proof.GetProperty("txid").GetString()!;
}
