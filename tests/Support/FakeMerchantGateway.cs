using System.Collections.Concurrent;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Ledger;
using OpenCharge.Checkout.TestSupport.Payments;
using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.TestSupport.Transfers;

namespace OpenCharge.Checkout.TestSupport;

/// <summary>
/// A merchant gateway on its own Kestrel host (endpoints.md C1–C4, C6). It serves merchants (their proofs are
/// forwarded to the merchant's webhook, signed by this gateway), keeps the reserves other services hold with it
/// in <see cref="Ledger"/> (<c>Ledger.Fund(gatewayOcid, "USD", "500.00")</c>), and serves
/// <c>/transfer/create</c> (debit the caller's reserve, credit the merchant), <c>/payment/create</c> and
/// <c>/payment/settle</c> (accepting proofs from <c>Profile.Accepts</c>), <c>/verify/{txid}</c>, and
/// <c>/transfer/webhook</c> for hosted-checkout proofs from payment gateways in <c>Profile.Accepts</c>.
/// </summary>
public sealed class FakeMerchantGateway : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, bool> _merchants = new();
    private readonly ConcurrentQueue<(SignedProof Received, SignedProof Forwarded)> _forwarded = new();
    private int _forwardSequence;

    private FakeMerchantGateway(PeerHost host)
    {
        Host = host;
        Deliveries = new ProofDeliveries(host);
        Desk = new TransferDesk(host, Ledger, Faults, CheckMerchant, (transfer, token) => ForwardAsync(transfer.Answered, token));
        PaymentDesk = new PaymentDesk(host, Ledger, Faults, CanPay, (payment, proof) => ForwardAsync(proof, CancellationToken.None));
    }

    public PeerHost Host { get; }

    public long Ocid => Host.Ocid;

    public string Endpoint => Host.Endpoint;

    /// <summary>Reserves held with us by caller OCID, and our merchants' balances.</summary>
    public PeerLedger Ledger { get; } = new();

    public PeerFaults Faults { get; } = new();

    /// <summary>Transfers executed through <c>/transfer/create</c>, one per movement of money.</summary>
    public IReadOnlyList<CompletedTransfer> Transfers => Desk.Transfers;

    /// <summary>Payments opened with <c>/payment/create</c>, oldest first.</summary>
    public IReadOnlyCollection<GatewayPayment> Payments => PaymentDesk.Payments;

    /// <summary>Hosted-checkout proofs received at our webhook and the proofs we issued for them, once per (issuer, txid).</summary>
    public IReadOnlyList<(SignedProof Received, SignedProof Forwarded)> Forwarded => [.. _forwarded];

    /// <summary>Our webhook deliveries to merchants.</summary>
    public ProofDeliveries Deliveries { get; }

    private TransferDesk Desk { get; }

    private PaymentDesk PaymentDesk { get; }

    /// <summary>Starts a gateway whose <c>settlement.accepts</c> (providers, intermediaries and payment gateways it takes proofs from) is <paramref name="accepts"/>.</summary>
    public static async Task<FakeMerchantGateway> StartAsync(long ocid, IReadOnlyList<long> accepts, string name = "Test Merchant Gateway")
    {
        FakeMerchantGateway? gateway = null;
        var profile = new PeerProfile
        {
            Ocid = ocid,
            Name = name,
            Accepts = accepts,
            Capabilities = ["transfer.create", "transfer.webhook", "payment.create", "payment.settle", "verify.txid"],
        };
        await PeerHost.StartAsync(profile, (app, host) =>
        {
            gateway = new FakeMerchantGateway(host);
            app.MapSignedPost(host, "/opencharge/transfer/create", gateway.Desk.HandleAsync);
            app.MapSignedPost(host, "/opencharge/payment/create", gateway.PaymentDesk.Create);
            app.MapSignedPost(host, "/opencharge/payment/settle", gateway.PaymentDesk.SettleAsync);
            app.MapSignedPost(host, "/opencharge/transfer/webhook", gateway.ReceiveAsync);
            app.MapGet("/opencharge/verify/{txid}", (string txid) => gateway.Verify(txid));
        });
        return gateway!;
    }

    /// <summary>Serves <paramref name="merchant"/>: we may credit it, and forward our proofs to its webhook.</summary>
    public void ServeMerchant(FakeMerchant merchant) => ServeMerchant(merchant.Ocid, merchant.Endpoint);

    public void ServeMerchant(long ocid, string endpoint)
    {
        Host.Registry.Register(ocid, endpoint);
        _merchants[ocid] = true;
    }

    public GatewayPayment? FindPayment(string txid) => PaymentDesk.Find(txid);

    /// <summary>Transfers taken while <see cref="PeerFaults.HoldTransfers"/> was on and not yet released.</summary>
    public IReadOnlyList<HeldTransfer> HeldTransfers => Desk.Held;

    /// <summary>Completes the transfers held by <see cref="PeerFaults.HoldTransfers"/>; waiting callers get their proofs.</summary>
    public Task ReleaseHeldTransfersAsync() => Desk.ReleaseHeldAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private bool IsMerchant(long ocid) => _merchants.ContainsKey(ocid);

    // A payment may also pay another registered gateway: the next hop of a chain (gaps.md G28).
    private bool CanPay(long ocid) => IsMerchant(ocid) || (ocid != Ocid && Host.Registry.EndpointOf(ocid) is not null);

    private PeerError? CheckMerchant(TransferCreateBody body) => IsMerchant(body.ToOcid)
        ? null
        : new PeerError(StatusCodes.Status400BadRequest, "ACCOUNT_NOT_FOUND", $"OCID {body.ToOcid} is not a merchant of this gateway.");

    private async Task ForwardAsync(SignedProof proof, CancellationToken cancellationToken)
    {
        if (IsMerchant(proof.ToOcid))
        {
            await Deliveries.DeliverAsync(proof.ToOcid, proof, cancellationToken);
        }
    }

    private IResult Verify(string txid)
    {
        if (PaymentDesk.Find(txid) is { } payment)
        {
            return payment.GatewayProof is { } proof ? VerifyAnswers.Completed(proof)
                : Host.Time.GetUtcNow() > payment.ExpiresAt ? Results.Json(new { status = "expired", txid })
                : Results.Json(new
                {
                    status = "pending",
                    txid,
                    amount = payment.Amount,
                    currency = payment.Currency,
                    createdAt = payment.CreatedAt.ToUnixTimeSeconds(),
                    expiresAt = payment.ExpiresAt.ToUnixTimeSeconds(),
                });
        }
        var issued = Desk.Find(txid)?.Genuine ?? _forwarded.Select(f => f.Forwarded).FirstOrDefault(f => f.Txid == txid);
        return issued is not null ? VerifyAnswers.Completed(issued)
            : Desk.FindHeld(txid) is { } held ? VerifyAnswers.Pending(held)
            : VerifyAnswers.NotFound(txid);
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var (proof, error) = await IncomingProof.CheckAsync(Host, context, Host.Profile.Accepts);
        if (error is not null)
        {
            return error.ToResult();
        }
        if (proof!.Issuer != context.CallerOcid())
        {
            return IncomingProof.Invalid("Issuer mismatch: the proof's issuer must send it.").ToResult();
        }
        if (!IsMerchant(proof.ToOcid))
        {
            return IncomingProof.Invalid($"OCID {proof.ToOcid} is not a merchant of this gateway.").ToResult();
        }
        SignedProof forwarded;
        lock (Ledger.Gate)
        {
            if (_forwarded.Any(f => f.Received.Issuer == proof.Issuer && f.Received.Txid == proof.Txid))
            {
                return IncomingProof.Accepted(proof.Txid);
            }
            forwarded = Host.Sign(ForwardedProof(proof));
            _forwarded.Enqueue((proof, forwarded));
            Ledger.Credit(proof.ToOcid, proof.Currency, PeerLedger.Parse(proof.Amount));
        }
        await ForwardAsync(forwarded, context.RequestAborted);
        return IncomingProof.Accepted(proof.Txid);
    }

    private System.Text.Json.Nodes.JsonObject ForwardedProof(SignedProof received)
    {
        var proof = received.Proof.DeepClone().AsObject();
        proof["txid"] = $"fw{Ocid}_{Interlocked.Increment(ref _forwardSequence)}";
        proof["issuer"] = Ocid;
        proof["timestamp"] = Host.Time.GetUtcNow().ToUnixTimeSeconds();
        return proof;
    }
}
