using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>
/// Tells a page of ledger lines what they were: the checkout session a payment or refund belongs to (its reference is
/// the session id), the <c>/transfer/create</c> or the received proof that credited the wallet (its reference is the
/// txid). A few set-based reads per page, never one per line.
/// </summary>
internal sealed class WalletMovementSources(CheckoutDbContext db, IReadOnlyCollection<Guid> shopperAccountIds)
{
    public async Task<IReadOnlyList<WalletMovement>> DescribeAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken)
    {
        var sessions = await SessionsAsync(lines, cancellationToken);
        var reversed = await ReversedHoldsAsync(lines, cancellationToken);
        var transfers = await TransferSendersAsync(lines, cancellationToken);
        var proofs = await ProofSendersAsync(lines, cancellationToken);
        return lines.Select(line => line.Kind switch
        {
            LedgerTransactionKind.SandboxTopUp => Movement(line, WalletMovementKind.TopUp),
            LedgerTransactionKind.CheckoutPayment => Payment(line, sessions, WalletPaymentStatus.Paid),
            LedgerTransactionKind.SettlementHeld => Payment(line, sessions, reversed.Contains(line.TransactionId) ? WalletPaymentStatus.Reversed : null),
            LedgerTransactionKind.SettlementReversed => ForSession(Movement(line, WalletMovementKind.Refund), line, sessions),
            LedgerTransactionKind.TransferCreated => Received(line, transfers),
            LedgerTransactionKind.ProofReceived => Received(line, proofs),
            var kind => throw new InvalidOperationException($"A {kind} ledger transaction ({line.TransactionId}) moved a shopper's money; the wallet history cannot describe it."),
        }).ToList();
    }

    private static WalletMovement Movement(LedgerLine line, WalletMovementKind kind) => new(line.TransactionId, kind, line.Amount, line.At);

    // status: known from the ledger (paid at once, or reversed); null to take it from the session.
    private static WalletMovement Payment(LedgerLine line, IReadOnlyDictionary<string, PaidSession> sessions, WalletPaymentStatus? status)
    {
        var movement = ForSession(Movement(line, WalletMovementKind.Payment), line, sessions);
        var session = sessions.GetValueOrDefault(line.Reference);
        status ??= session?.Status == SessionStatus.Paid ? WalletPaymentStatus.Paid : WalletPaymentStatus.Processing;
        return movement with { Status = status, ReceiptTxid = status == WalletPaymentStatus.Reversed ? null : session?.Txid };
    }

    private static WalletMovement ForSession(WalletMovement movement, LedgerLine line, IReadOnlyDictionary<string, PaidSession> sessions) =>
        sessions.TryGetValue(line.Reference, out var session) ? movement with { Counterparty = session.Merchant, OrderId = session.OrderId } : movement;

    private static WalletMovement Received(LedgerLine line, IReadOnlyDictionary<string, Sender> senders) =>
        senders.TryGetValue(line.Reference, out var sender)
            ? Movement(line, WalletMovementKind.TransferReceived) with { Counterparty = sender.Ocid, SenderReference = sender.Reference }
            : Movement(line, WalletMovementKind.TransferReceived);

    private async Task<IReadOnlyDictionary<string, PaidSession>> SessionsAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken)
    {
        var ids = lines
            .Where(l => l.Kind is LedgerTransactionKind.CheckoutPayment or LedgerTransactionKind.SettlementHeld or LedgerTransactionKind.SettlementReversed)
            .Select(l => SessionId.TryParse(l.Reference, out var id) ? id : (SessionId?)null)
            .OfType<SessionId>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, PaidSession>();
        }
        var sessions = await db.CheckoutSessions.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.MerchantOcid, s.OrderId, s.Status, Txid = s.Payment != null ? s.Payment.ProofTxid : null })
            .ToListAsync(cancellationToken);
        return sessions.ToDictionary(s => s.Id.ToString(), s => new PaidSession(s.MerchantOcid, s.OrderId, s.Status, s.Txid));
    }

    /// <summary>
    /// The holds whose settlement was reversed. A session holds one payment at a time and each reversal gives back the
    /// hold before it, so of a session's holds in time order, as many as it has reversals are reversed: the earliest.
    /// </summary>
    private async Task<IReadOnlySet<Guid>> ReversedHoldsAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken)
    {
        var references = lines.Where(l => l.Kind == LedgerTransactionKind.SettlementHeld).Select(l => l.Reference).Distinct().ToList();
        if (references.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var settlements = await db.LedgerTransactions.AsNoTracking()
            .Where(t => (t.Kind == LedgerTransactionKind.SettlementHeld || t.Kind == LedgerTransactionKind.SettlementReversed)
                && references.Contains(t.Reference)
                && t.Entries.Any(e => shopperAccountIds.Contains(e.AccountId)))
            .Select(t => new { t.Id, t.Kind, t.Reference, t.CreatedAt })
            .ToListAsync(cancellationToken);
        return settlements.GroupBy(s => s.Reference)
            .SelectMany(session => session
                .Where(s => s.Kind == LedgerTransactionKind.SettlementHeld)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .Take(session.Count(s => s.Kind == LedgerTransactionKind.SettlementReversed))
                .Select(s => s.Id))
            .ToHashSet();
    }

    private async Task<IReadOnlyDictionary<string, Sender>> TransferSendersAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken)
    {
        var txids = TxidsOf(lines, LedgerTransactionKind.TransferCreated);
        if (txids.Count == 0)
        {
            return new Dictionary<string, Sender>();
        }
        var transfers = await db.Set<Transfer>().AsNoTracking()
            .Where(t => txids.Contains(t.Txid))
            .Select(t => new { t.Txid, t.Caller, t.FromReference })
            .ToListAsync(cancellationToken);
        return transfers.DistinctBy(t => t.Txid).ToDictionary(t => t.Txid, t => new Sender(t.Caller, t.FromReference.Length > 0 ? t.FromReference : null));
    }

    private async Task<IReadOnlyDictionary<string, Sender>> ProofSendersAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken)
    {
        var txids = TxidsOf(lines, LedgerTransactionKind.ProofReceived);
        if (txids.Count == 0)
        {
            return new Dictionary<string, Sender>();
        }
        var proofs = await db.Set<ProofRecord>().AsNoTracking()
            .Where(r => r.Direction == ProofRecordDirection.Received && txids.Contains(r.Txid))
            .Select(r => new { r.Txid, r.Issuer, r.FromOcid, r.FromReference })
            .ToListAsync(cancellationToken);
        return proofs.DistinctBy(p => p.Txid).ToDictionary(p => p.Txid, p => new Sender(p.FromOcid ?? p.Issuer, p.FromReference));
    }

    private static List<string> TxidsOf(IReadOnlyList<LedgerLine> lines, LedgerTransactionKind kind) =>
        lines.Where(l => l.Kind == kind).Select(l => l.Reference).Distinct().ToList();

    private sealed record PaidSession(Ocid Merchant, string OrderId, SessionStatus Status, string? Txid);

    private sealed record Sender(Ocid Ocid, string? Reference);
}
