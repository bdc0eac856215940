using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Ledger;
using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.TestSupport.Transfers;

namespace OpenCharge.Checkout.TestSupport.Payments;

/// <summary>
/// A merchant gateway's two-step settlement: <c>POST /payment/create</c> opens a pending payment (endpoints.md C3),
/// <c>POST /payment/settle</c> completes it with a provider's proof after every check of C4, in its order.
/// </summary>
internal sealed class PaymentDesk(PeerHost host, PeerLedger ledger, PeerFaults faults, Func<long, bool> canPay, Func<GatewayPayment, SignedProof, Task> afterSettle)
{
    private static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, GatewayPayment> _payments = new();
    private int _sequence;

    public IReadOnlyCollection<GatewayPayment> Payments => [.. _payments.Values.OrderBy(p => p.CreatedAt)];

    public GatewayPayment? Find(string txid) => _payments.GetValueOrDefault(txid);

    public IResult Create(HttpContext context)
    {
        var (body, invalid) = PaymentCreateBody.Parse(context.RawBody());
        if (body is null)
        {
            return invalid!.ToResult();
        }
        if (!canPay(body.To))
        {
            return new PeerError(StatusCodes.Status400BadRequest, "MERCHANT_NOT_REGISTERED", $"OCID {body.To} is not a merchant of this gateway.").ToResult();
        }
        var now = host.Time.GetUtcNow();
        var expiresAt = body.ExpiresAt is { } at ? DateTimeOffset.FromUnixTimeSeconds(at) : now + DefaultExpiry;
        var txid = string.Create(CultureInfo.InvariantCulture, $"pay{host.Ocid}_{Interlocked.Increment(ref _sequence)}");
        var payment = new GatewayPayment(txid, body.To, body.Amount, body.Currency, body.OrderId ?? body.Reference, now, expiresAt);
        _payments[txid] = payment;
        return Results.Json(new JsonObject
        {
            ["status"] = "pending_settlement",
            ["txid"] = txid,
            ["amount"] = body.Amount,
            ["currency"] = body.Currency,
            ["expiresAt"] = expiresAt.ToUnixTimeSeconds(),
            ["settlement"] = new JsonObject { ["accepts"] = new JsonArray([.. host.Profile.Accepts.Select(a => JsonValue.Create(a))]) },
        });
    }

    public async Task<IResult> SettleAsync(HttpContext context)
    {
        var (txid, proof) = ReadSettle(context.RawBody());
        if (txid is null || proof is null)
        {
            return PeerError.Invalid("txid, proof and signature are required.").ToResult();
        }
        if (Find(txid) is not { } payment)
        {
            return new PeerError(StatusCodes.Status404NotFound, "PAYMENT_NOT_FOUND", $"No payment {txid}.").ToResult();
        }
        if (await CheckAsync(payment, proof, context.RequestAborted) is { } refused)
        {
            return refused.ToResult();
        }

        SignedProof answered;
        lock (ledger.Gate)
        {
            // Checked again under the lock: two settles racing for one payment complete it once.
            if (payment.IsCompleted)
            {
                return InvalidState(payment).ToResult();
            }
            var genuine = host.Sign(GatewayProof(payment, proof));
            answered = faults.Apply(host, genuine);
            payment.Complete(proof, genuine, answered);
            ledger.Credit(payment.To, payment.Currency, PeerLedger.Parse(payment.Amount));
        }
        await afterSettle(payment, answered);
        if (!await faults.HoldAnswerAsync(host, context))
        {
            return Results.Empty;
        }
        return Results.Json(new JsonObject
        {
            ["status"] = "completed",
            ["txid"] = payment.Txid,
            ["proof"] = answered.Proof.DeepClone(),
            ["signature"] = answered.Signature,
        });
    }

    private async Task<PeerError?> CheckAsync(GatewayPayment payment, SignedProof proof, CancellationToken cancellationToken)
    {
        if (!payment.IsCompleted && host.Time.GetUtcNow() > payment.ExpiresAt)
        {
            return new PeerError(StatusCodes.Status400BadRequest, "PAYMENT_EXPIRED", $"Payment {payment.Txid} expired.");
        }
        if (payment.IsCompleted)
        {
            return InvalidState(payment);
        }
        if (await IncomingProof.VerifyAsync(host, proof, host.Profile.Accepts, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        if (proof.ToOcid != host.Ocid || proof.ToReference != payment.Txid)
        {
            return IncomingProof.Invalid($"The settlement proof must pay OCID {host.Ocid} with reference {payment.Txid}.");
        }
        return proof.Amount == payment.Amount && proof.Currency == payment.Currency
            ? null
            : new PeerError(StatusCodes.Status400BadRequest, "AMOUNT_MISMATCH", $"The payment is {payment.Amount} {payment.Currency}; the proof says {proof.Amount} {proof.Currency}.");
    }

    private JsonObject GatewayProof(GatewayPayment payment, SignedProof settlement)
    {
        var to = new JsonObject { ["ocid"] = payment.To };
        if (payment.ProofReference is not null)
        {
            to["reference"] = payment.ProofReference;
        }
        return new JsonObject
        {
            ["txid"] = payment.Txid,
            ["issuer"] = host.Ocid,
            ["from"] = settlement.Proof["from"]!.DeepClone(),
            ["to"] = to,
            ["amount"] = payment.Amount,
            ["currency"] = payment.Currency,
            ["timestamp"] = host.Time.GetUtcNow().ToUnixTimeSeconds(),
        };
    }

    private static PeerError InvalidState(GatewayPayment payment) =>
        new(StatusCodes.Status400BadRequest, "INVALID_STATE", $"Payment {payment.Txid} is {(payment.IsCompleted ? "completed" : "pending_settlement")}.");

    private static (string? Txid, SignedProof? Proof) ReadSettle(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (WireFields.Text(document.RootElement, "txid"), SignedProof.From(document.RootElement))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
