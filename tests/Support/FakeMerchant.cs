using System.Collections.Concurrent;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Merchants;
using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.TestSupport.Transfers;

namespace OpenCharge.Checkout.TestSupport;

/// <summary>
/// A merchant receiving proofs at <c>POST /opencharge/transfer/webhook</c> and verifying them as a strict merchant
/// would (endpoints.md B5): a signed request, an issuer in its <c>accepts</c>, the issuer's signature, <c>to</c> =
/// itself and an order it expects, amount and currency verbatim. A repeat of an accepted (issuer, txid) is
/// answered <c>accepted</c> again and recorded once. <see cref="Answer"/> makes it reject or go down.
/// </summary>
public sealed class FakeMerchant : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Amount, string Currency)> _orders = new();
    private readonly ConcurrentQueue<SignedProof> _accepted = new();
    private readonly ConcurrentQueue<WebhookCall> _calls = new();

    private FakeMerchant(PeerHost host)
    {
        Host = host;
        Shop = new MerchantShop(host, ExpectOrder);
    }

    public PeerHost Host { get; }

    public long Ocid => Host.Ocid;

    public string Endpoint => Host.Endpoint;

    /// <summary>Its orders, inventory and <c>/orders/create</c>, for wallets that scan its QR codes.</summary>
    public MerchantShop Shop { get; }

    /// <summary>How the webhook answers a proof that passes every check.</summary>
    public MerchantAnswer Answer { get; set; } = MerchantAnswer.Accept;

    /// <summary>The message of a <see cref="MerchantAnswer.Reject"/> answer.</summary>
    public string RejectMessage { get; set; } = "Order already paid";

    /// <summary>Proofs accepted, once per (issuer, txid).</summary>
    public IReadOnlyList<SignedProof> AcceptedProofs => [.. _accepted];

    /// <summary>Every webhook call that passed authentication, with the code or status it was answered.</summary>
    public IReadOnlyList<WebhookCall> Calls => [.. _calls];

    /// <summary>Starts a merchant that takes proofs issued by <paramref name="accepts"/> (its <c>order.accepts</c>).</summary>
    public static async Task<FakeMerchant> StartAsync(long ocid, IReadOnlyList<long> accepts, string name = "Test Merchant")
    {
        FakeMerchant? merchant = null;
        var profile = new PeerProfile { Ocid = ocid, Name = name, Accepts = accepts, Capabilities = ["transfer.webhook", "orders.status", "orders.create"] };
        await PeerHost.StartAsync(profile, (app, host) =>
        {
            merchant = new FakeMerchant(host);
            app.MapSignedPost(host, "/opencharge/transfer/webhook", merchant.ReceiveAsync);
            merchant.Shop.Map(app);
        });
        return merchant!;
    }

    /// <summary>Tells the merchant an order it will be paid for: its id, and the amount and currency strings it was signed with.</summary>
    public void ExpectOrder(string orderId, string amount, string currency) => _orders[orderId] = (amount, currency);

    /// <summary>
    /// Signs a merchant order (objects.md §1) over its canonical JSON with this merchant's key, and expects payment
    /// for it (its <c>id</c>, <c>amount</c> and <c>currency</c>). Returns the order signature.
    /// </summary>
    public string SignOrder(JsonObject order)
    {
        ExpectOrder((string)order["id"]!, (string)order["amount"]!, (string)order["currency"]!);
        return Host.SignCanonical(order);
    }

    /// <summary>The accepted proof for <paramref name="orderId"/>, if any.</summary>
    public SignedProof? ProofFor(string orderId) => _accepted.FirstOrDefault(p => p.ToReference == orderId);

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (Answer == MerchantAnswer.Unavailable)
        {
            _calls.Enqueue(new WebhookCall(context.CallerOcid(), null, "503"));
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        var (proof, error) = await IncomingProof.CheckAsync(Host, context, Host.Profile.Accepts);
        error ??= proof is null ? null : CheckTerms(proof);
        _calls.Enqueue(new WebhookCall(context.CallerOcid(), proof?.Txid, error?.Code ?? Answer.ToString()));
        if (error is not null)
        {
            return error.ToResult();
        }
        if (Answer == MerchantAnswer.Reject)
        {
            return Results.Json(new { status = "rejected", txid = proof!.Txid, message = RejectMessage });
        }
        lock (_accepted)
        {
            if (!_accepted.Any(p => p.Issuer == proof!.Issuer && p.Txid == proof.Txid))
            {
                _accepted.Enqueue(proof!);
            }
        }
        return IncomingProof.Accepted(proof!.Txid);
    }

    private PeerError? CheckTerms(SignedProof proof)
    {
        if (proof.ToOcid != Ocid)
        {
            return IncomingProof.Invalid($"The proof pays OCID {proof.ToOcid}, not this merchant ({Ocid}).");
        }
        if (proof.ToReference is not { } orderId || !_orders.TryGetValue(orderId, out var order))
        {
            return new PeerError(StatusCodes.Status400BadRequest, "ORDER_NOT_FOUND", $"No order '{proof.ToReference}' is awaiting payment.");
        }
        return proof.Amount == order.Amount && proof.Currency == order.Currency
            ? null
            : new PeerError(StatusCodes.Status400BadRequest, "AMOUNT_MISMATCH", $"The order is {order.Amount} {order.Currency}; the proof says {proof.Amount} {proof.Currency}.");
    }
}

/// <summary>How a <see cref="FakeMerchant"/> answers a valid proof.</summary>
public enum MerchantAnswer
{
    Accept,
    Reject,
    Unavailable,
}

/// <summary>One authenticated webhook call: the sender, the proof txid when readable, and the answer (error code, <c>Accept</c>, <c>Reject</c> or <c>503</c>).</summary>
public sealed record WebhookCall(long Sender, string? Txid, string Outcome);
