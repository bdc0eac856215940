using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Ledger;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>
/// <c>POST /transfer/create</c> as a strict peer serves it (endpoints.md A5, C2): the caller debits its own account,
/// the recipient must be one this peer can credit, and a repeat, by <c>Idempotency-Key</c> or by
/// (caller, from.reference, to.reference), returns the first proof and moves nothing.
/// </summary>
public sealed partial class TransferDesk
{
    private readonly PeerHost _host;
    private readonly PeerLedger _ledger;
    private readonly PeerFaults _faults;
    private readonly Func<TransferCreateBody, PeerError?> _checkRecipient;
    private readonly Func<CompletedTransfer, CancellationToken, Task> _afterTransfer;
    private readonly ConcurrentQueue<CompletedTransfer> _transfers = new();
    private readonly Dictionary<string, Task<CompletedTransfer>> _byKey = [];
    private readonly List<HeldTransfer> _held = [];
    private int _sequence;

    internal TransferDesk(
        PeerHost host, PeerLedger ledger, PeerFaults faults,
        Func<TransferCreateBody, PeerError?> checkRecipient, Func<CompletedTransfer, CancellationToken, Task> afterTransfer)
    {
        _host = host;
        _ledger = ledger;
        _faults = faults;
        _checkRecipient = checkRecipient;
        _afterTransfer = afterTransfer;
    }

    /// <summary>Transfers executed, one per movement of money.</summary>
    public IReadOnlyList<CompletedTransfer> Transfers => [.. _transfers];

    public CompletedTransfer? Find(string txid) => _transfers.FirstOrDefault(t => t.Txid == txid);

    internal async Task<IResult> HandleAsync(HttpContext context)
    {
        var (body, invalid) = TransferCreateBody.Parse(context.RawBody());
        if (body is null)
        {
            return invalid!.ToResult();
        }
        var caller = context.CallerOcid();
        if (body.FromOcid is { } from && from != caller)
        {
            return new PeerError(StatusCodes.Status403Forbidden, "UNAUTHORIZED", $"OCID {caller} may not debit the account of OCID {from}.").ToResult();
        }
        if (_faults.AnswerInsufficientFunds)
        {
            return InsufficientFunds(caller, body.Currency).ToResult();
        }

        var (pending, isNew, refused) = Execute(caller, body, context.Request.Headers["Idempotency-Key"].ToString());
        if (pending is null)
        {
            return refused!.ToResult();
        }
        CompletedTransfer transfer;
        try
        {
            transfer = await pending.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up on a held transfer; it stays pending until released.
            return Results.Empty;
        }
        if (isNew)
        {
            await _afterTransfer(transfer, CancellationToken.None);
        }
        if (!await _faults.HoldAnswerAsync(_host, context))
        {
            return Results.Empty;
        }
        return Results.Json(new JsonObject
        {
            ["status"] = "completed",
            ["proof"] = transfer.Answered.Proof.DeepClone(),
            ["signature"] = transfer.Answered.Signature,
        });
    }

    /// <summary>The transfer this request stands for (completed, or held), whether this request created it, or why it was refused.</summary>
    private (Task<CompletedTransfer>? Transfer, bool IsNew, PeerError? Refused) Execute(long caller, TransferCreateBody body, string idempotencyKey)
    {
        var keys = new List<string>();
        if (idempotencyKey.Length > 0)
        {
            keys.Add($"key:{caller}:{idempotencyKey}");
        }
        if (body.FromReference is not null || body.ToReference is not null)
        {
            keys.Add($"refs:{caller}:{body.FromReference}:{body.ToReference}");
        }
        lock (_ledger.Gate)
        {
            if (keys.Select(k => _byKey.GetValueOrDefault(k)).FirstOrDefault(t => t is not null) is { } earlier)
            {
                return (earlier, false, null);
            }
            if (_checkRecipient(body) is { } recipientError)
            {
                return (null, false, recipientError);
            }
            if (!_ledger.HasAccount(caller, body.Currency))
            {
                return (null, false, new PeerError(StatusCodes.Status400BadRequest, "ACCOUNT_NOT_FOUND", $"OCID {caller} holds no {body.Currency} account here."));
            }
            // A held transfer parks the money in this peer's own account until it is released.
            var payee = _faults.HoldTransfers ? _host.Ocid : body.ToOcid;
            if (!_ledger.TryMove(caller, payee, body.Currency, PeerLedger.Parse(body.Amount)))
            {
                return (null, false, InsufficientFunds(caller, body.Currency));
            }
            var txid = string.Create(CultureInfo.InvariantCulture, $"tx{_host.Ocid}_{Interlocked.Increment(ref _sequence)}");
            Task<CompletedTransfer> outcome;
            if (_faults.HoldTransfers)
            {
                var held = new HeldTransfer(txid, caller, body, _host.Time.GetUtcNow());
                _held.Add(held);
                outcome = held.Completion.Task;
            }
            else
            {
                outcome = Task.FromResult(Complete(caller, body, txid));
            }
            keys.ForEach(k => _byKey[k] = outcome);
            // A held transfer is delivered when it is released, not by the request that started it.
            return (outcome, !_faults.HoldTransfers, null);
        }
    }

    private CompletedTransfer Complete(long caller, TransferCreateBody body, string txid)
    {
        var genuine = _host.Sign(Proof(caller, body, txid));
        var transfer = new CompletedTransfer(caller, body.FromReference, body.ToReference, genuine, _faults.Apply(_host, genuine));
        _transfers.Enqueue(transfer);
        return transfer;
    }

    private JsonObject Proof(long caller, TransferCreateBody body, string txid)
    {
        var from = new JsonObject { ["ocid"] = caller };
        if (body.FromReference is not null)
        {
            from["reference"] = body.FromReference;
        }
        var to = new JsonObject { ["ocid"] = body.ToOcid };
        if (body.ProofToReference is not null)
        {
            to["reference"] = body.ProofToReference;
        }
        var proof = new JsonObject
        {
            ["txid"] = txid,
            ["issuer"] = _host.Ocid,
            ["from"] = from,
            ["to"] = to,
            ["amount"] = body.Amount,
            ["currency"] = body.Currency,
            ["timestamp"] = _host.Time.GetUtcNow().ToUnixTimeSeconds(),
        };
        if (body.Memo is not null)
        {
            proof["memo"] = body.Memo;
        }
        return proof;
    }

    private static PeerError InsufficientFunds(long caller, string currency) =>
        new(StatusCodes.Status402PaymentRequired, "INSUFFICIENT_FUNDS", $"The {currency} account of OCID {caller} cannot cover this transfer.");
}
