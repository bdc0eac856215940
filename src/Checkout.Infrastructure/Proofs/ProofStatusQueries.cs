using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// The public read side of our proofs: <c>/verify/{txid}</c> and <c>/orders/{orderId}/status</c> answer from the
/// proof records and the sessions that reserved txids, each call on its own short-lived context.
/// </summary>
public sealed class ProofStatusQueries(IDbContextFactory<CheckoutDbContext> contexts, IProtocolSigner us, TimeProvider time)
{
    public async Task<TxidStatus?> VerifyAsync(string txid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<ProofRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Issuer == us.Ocid && r.Txid == txid, cancellationToken);
        if (record is not null)
        {
            return new TxidStatus.Completed(record);
        }
        var session = await db.CheckoutSessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Payment != null && s.Payment.ProofTxid == txid, cancellationToken);
        if (session is { Status: SessionStatus.Paid, Route.Path.IsRemote: true })
        {
            // No proof of ours exists on a remote path: the txid we reserved was settled by the last hop's proof to
            // the merchant, which is what we show.
            var settled = await db.Set<ProofRecord>().AsNoTracking()
                .Where(r => r.Direction == ProofRecordDirection.Received && r.ToOcid == session.MerchantOcid && r.ToReference == session.OrderId)
                .OrderByDescending(r => r.CreatedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (settled is not null)
            {
                return new TxidStatus.Completed(settled);
            }
        }
        return session?.StatusAt(time.GetUtcNow()) switch
        {
            null => null,
            SessionStatus.Expired => new TxidStatus.Closed(txid, "expired"),
            SessionStatus.Cancelled => new TxidStatus.Closed(txid, "failed"),
            _ => new TxidStatus.Pending(txid, session.Amount, session.Total.Currency.Code, session.CreatedAt, session.ExpiresAt),
        };
    }

    /// <param name="orderId">The merchant's order id.</param>
    /// <param name="merchant">Whose order, when the caller says; else the one merchant with that order id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<(OrderStatusView? View, OrderStatusMiss? Miss)> OrderStatusAsync(string orderId, Ocid? merchant, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await db.CheckoutSessions.AsNoTracking()
            .Where(s => s.OrderId == orderId && (merchant == null || s.MerchantOcid == merchant))
            .ToListAsync(cancellationToken);
        var merchants = sessions.Select(s => s.MerchantOcid).Distinct().ToArray();
        if (merchants.Length != 1)
        {
            return (null, new OrderStatusMiss(merchants));
        }

        if (sessions.FirstOrDefault(s => s.Status == SessionStatus.Paid) is { Payment: { } payment })
        {
            var needsAttention = await db.WebhookDeliveries.AnyAsync(
                d => d.Issuer == us.Ocid && d.Txid == payment.ProofTxid && (d.Status == DeliveryStatus.Rejected || d.Status == DeliveryStatus.Abandoned),
                cancellationToken);
            return (new OrderStatusView(orderId, "paid", payment.PaidAt, payment.ProofTxid, needsAttention), null);
        }
        var now = time.GetUtcNow();
        var statuses = sessions.OrderByDescending(s => s.CreatedAt).Select(s => s.StatusAt(now)).ToArray();
        var status = statuses.Any(s => s is not (SessionStatus.Expired or SessionStatus.Cancelled))
            ? "pending"
            : statuses[0] == SessionStatus.Cancelled ? "cancelled" : "expired";
        return (new OrderStatusView(orderId, status, null, null, false), null);
    }
}
