using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// <c>POST /transfer/create</c> at a sandbox settlement peer (endpoints.md A5/C2): the caller debits its own account to
/// credit the recipient's, the peer signs its proof, and a proof paying the Demo Store is owed to its webhook. The
/// movement, the transfer row (with its proof) and the forward commit together. A repeat, by <c>Idempotency-Key</c> or
/// by (from.reference, to.reference), answers the first proof and moves nothing.
/// </summary>
internal sealed class CreatePeerTransfer(IDbContextFactory<SandboxDbContext> contexts, StoreForwards forwards, TimeProvider time)
{
    private const int Attempts = 10;

    public async Task<PeerOutcome> ExecuteAsync(
        SettlementPeerProfile peer, IProtocolSigner signer, Ocid caller, TransferCreateRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (request.FromOcid is { } from && from != caller.Value)
        {
            return PeerError.Unauthorized($"OCID {caller} may not debit the account of OCID {from}.");
        }
        if (PeerMoney.Read(request.Amount, request.Currency) is not { } amount)
        {
            return PeerError.InvalidRequest("amount must be a positive decimal string in the currency's precision, and currency an ISO 4217 code.");
        }
        if (request.ToOcid == caller.Value)
        {
            return PeerError.InvalidRequest("from and to are the same account.");
        }
        if (idempotencyKey is { Length: > PeerTransfer.MaxKeyLength })
        {
            return PeerError.InvalidRequest($"Idempotency-Key must be at most {PeerTransfer.MaxKeyLength} characters.");
        }
        var referenceKey = PeerTransfer.ReferenceKeyOf(request.FromReference, request.ToReference);

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await EarlierAsync(db, peer, caller, idempotencyKey, referenceKey, cancellationToken) is { } earlier)
            {
                return PeerAnswers.Completed(earlier);
            }
            var accounts = await db.PeerAccounts
                .Where(a => a.Peer == peer.Peer && a.Currency == request.Currency && (a.Holder == caller.Value || a.Holder == request.ToOcid))
                .ToListAsync(cancellationToken);
            if (accounts.SingleOrDefault(a => a.Holder == caller.Value) is not { } payer)
            {
                return PeerError.AccountNotFound(caller.Value, request.Currency);
            }
            if (accounts.SingleOrDefault(a => a.Holder == request.ToOcid) is not { } payee)
            {
                return PeerError.AccountNotFound(request.ToOcid, request.Currency);
            }
            if (!payer.TryPay(payee, amount.Minor))
            {
                return PeerError.InsufficientFunds(caller.Value, request.Currency);
            }

            var now = time.GetUtcNow();
            var issued = new TransactionProof(
                PeerTxids.New(peer.Peer, "tx"),
                peer.Ocid,
                new ProofParty(caller, request.FromReference),
                new ProofParty(new Ocid(request.ToOcid), request.ToReference),
                request.Amount,
                request.Currency,
                now);
            var proof = new CanonicalProofSigner(signer).Sign(issued with { Memo = request.Memo });
            var transfer = new PeerTransfer
            {
                Peer = peer.Peer,
                Txid = proof.Proof.Txid,
                Caller = caller.Value,
                IdempotencyKey = idempotencyKey,
                ReferenceKey = referenceKey,
                ToOcid = request.ToOcid,
                ToReference = request.ToReference,
                Amount = request.Amount,
                Currency = request.Currency,
                ProofJson = proof.ProofJson,
                Signature = proof.Signature,
                CreatedAt = now,
            };
            db.PeerTransfers.Add(transfer);
            if (!await forwards.CommitAsync(db, peer.Peer, proof, null, now, mayRetry: attempt < Attempts, cancellationToken))
            {
                // Another transfer moved the same account first (re-decide on its balance), or a concurrent repeat of
                // this one won the insert (the next round answers its proof).
                continue;
            }
            return PeerAnswers.Completed(transfer);
        }
    }

    private static async Task<PeerTransfer?> EarlierAsync(
        SandboxDbContext db, SettlementPeerProfile peer, Ocid caller, string? idempotencyKey, string? referenceKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null && referenceKey is null)
        {
            return null;
        }
        return await db.PeerTransfers.AsNoTracking()
            .Where(t => t.Peer == peer.Peer && t.Caller == caller.Value
                && ((idempotencyKey != null && t.IdempotencyKey == idempotencyKey) || (referenceKey != null && t.ReferenceKey == referenceKey)))
            .OrderBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
