using System.Collections.Concurrent;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Ledger;
using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.TestSupport.Transfers;

namespace OpenCharge.Checkout.TestSupport;

/// <summary>
/// A settlement provider (bank or broker) on its own Kestrel host. It keeps accounts by holder OCID (tests fund
/// them with <see cref="Ledger"/>), serves <c>POST /opencharge/transfer/create</c> strictly (the caller debits its
/// own account; the recipient must hold one too), signs its own proof, optionally delivers it to the recipient's
/// <c>/transfer/webhook</c>, and answers <c>GET /opencharge/verify/{txid}</c>. Register the parties it must
/// authenticate (the gateway under test) in <c>Host.Registry</c>.
/// </summary>
public sealed class FakeSettlementProvider : IAsyncDisposable
{
    private readonly ConcurrentQueue<SignedProof> _received = new();

    private FakeSettlementProvider(PeerHost host)
    {
        Host = host;
        Deliveries = new ProofDeliveries(host);
        Desk = new TransferDesk(host, Ledger, Faults, CheckRecipient, DeliverAsync);
    }

    public PeerHost Host { get; }

    public long Ocid => Host.Ocid;

    public string Endpoint => Host.Endpoint;

    /// <summary>Balances by (holder OCID, currency): <c>Ledger.Fund(gatewayOcid, "USD", "1000.00")</c>.</summary>
    public PeerLedger Ledger { get; } = new();

    public PeerFaults Faults { get; } = new();

    /// <summary>Whether each new proof is also posted to its recipient's <c>/transfer/webhook</c> (when the recipient is in the registry).</summary>
    public bool DeliverProofs { get; set; }

    /// <summary>Every transfer executed: one entry per movement of money.</summary>
    public IReadOnlyList<CompletedTransfer> Transfers => Desk.Transfers;

    public ProofDeliveries Deliveries { get; }

    /// <summary>Proofs that arrived at our <c>/transfer/webhook</c> and verified, once per (issuer, txid).</summary>
    public IReadOnlyList<SignedProof> ReceivedProofs => [.. _received];

    private TransferDesk Desk { get; }

    public static async Task<FakeSettlementProvider> StartAsync(long ocid, string name = "Test Settlement Provider", TimeProvider? time = null)
    {
        FakeSettlementProvider? provider = null;
        var profile = new PeerProfile
        {
            Ocid = ocid,
            Name = name,
            Capabilities = ["transfer.create", "transfer.webhook", "verify.txid"],
            Time = time ?? TimeProvider.System,
        };
        await PeerHost.StartAsync(profile, (app, host) =>
        {
            provider = new FakeSettlementProvider(host);
            app.MapSignedPost(host, "/opencharge/transfer/create", provider.Desk.HandleAsync);
            app.MapGet("/opencharge/verify/{txid}", (string txid) => provider.Verify(txid));
            app.MapSignedPost(host, "/opencharge/transfer/webhook", provider.ReceiveAsync);
        });
        return provider!;
    }

    /// <summary>Transfers taken while <see cref="PeerFaults.HoldTransfers"/> was on and not yet released.</summary>
    public IReadOnlyList<HeldTransfer> HeldTransfers => Desk.Held;

    /// <summary>Completes the transfers held by <see cref="PeerFaults.HoldTransfers"/>; waiting callers get their proofs.</summary>
    public Task ReleaseHeldTransfersAsync() => Desk.ReleaseHeldAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private IResult Verify(string txid) =>
        Desk.Find(txid) is { } transfer ? VerifyAnswers.Completed(transfer.Genuine)
        : Desk.FindHeld(txid) is { } held ? VerifyAnswers.Pending(held)
        : VerifyAnswers.NotFound(txid);

    private PeerError? CheckRecipient(TransferCreateBody body) => Ledger.HasAccount(body.ToOcid, body.Currency)
        ? null
        : new PeerError(StatusCodes.Status400BadRequest, "ACCOUNT_NOT_FOUND", $"OCID {body.ToOcid} holds no {body.Currency} account here.");

    private async Task DeliverAsync(CompletedTransfer transfer, CancellationToken cancellationToken)
    {
        if (DeliverProofs && Host.Registry.EndpointOf(transfer.Answered.ToOcid) is not null)
        {
            await Deliveries.DeliverAsync(transfer.Answered.ToOcid, transfer.Answered, cancellationToken);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var check = await IncomingProof.CheckAsync(Host, context, accepts: null);
        if (check.Error is { } error)
        {
            return error.ToResult();
        }
        lock (_received)
        {
            // Recorded once per (issuer, txid), as gaps.md G26 asks; a duplicate is still "accepted".
            if (!_received.Any(p => p.Issuer == check.Proof!.Issuer && p.Txid == check.Proof.Txid))
            {
                _received.Enqueue(check.Proof!);
            }
        }
        return IncomingProof.Accepted(check.Proof!.Txid);
    }
}
