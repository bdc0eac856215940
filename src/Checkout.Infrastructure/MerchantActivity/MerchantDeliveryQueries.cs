using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// The merchant's delivery log: deliveries to one of its OCIDs, and deliveries of a proof that pays one of them (the
/// copy its merchant gateway receives, gaps.md G19), newest first. Another merchant's delivery reads as not found.
/// </summary>
public sealed class MerchantDeliveryQueries(IDbContextFactory<CheckoutDbContext> contexts, IPeerDirectory peers, IProtocolSigner us)
{
    public async Task<MerchantPage<MerchantDeliveryRow>> PageAsync(string userId, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        MerchantPage<MerchantDeliveryRow>.CheckBounds(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deliveries = Visible(db, userId);
        var total = await deliveries.CountAsync(cancellationToken);
        var rows = await Rows(deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id))
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new MerchantPage<MerchantDeliveryRow>(rows, total);
    }

    public async Task<bool> IsVisibleAsync(string userId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, userId).AnyAsync(d => d.Id == deliveryId, cancellationToken);
    }

    /// <returns>Null when there is no such delivery or it is not the merchant's: the two must look the same.</returns>
    public async Task<MerchantDeliveryDetail?> FindAsync(string userId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await Visible(db, userId).Where(d => d.Id == deliveryId)
            .Select(d => new { d.Path, d.Payload, d.TargetOcid })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var row = await Rows(db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == deliveryId)).SingleAsync(cancellationToken);
        var attempts = await db.DeliveryAttempts.AsNoTracking()
            .Where(a => a.DeliveryId == deliveryId)
            .OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id)
            .Select(a => new MerchantDeliveryAttempt(a.AttemptedAt, a.HttpStatus, a.LatencyMilliseconds, a.Outcome, a.ResponseExcerpt))
            .ToListAsync(cancellationToken);
        var url = await peers.FindAsync(found.TargetOcid, refresh: false, cancellationToken) is PeerLookup.Found peer
            ? peer.Metadata.Endpoint + found.Path
            : null;
        return new MerchantDeliveryDetail(row, url, Headers(), found.Payload, attempts);
    }

    private static IQueryable<WebhookDelivery> Visible(CheckoutDbContext db, string userId)
    {
        var owned = MerchantScope.OwnedBy(db, userId);
        var aboutOwned = db.Set<ProofRecord>().Where(r => owned.Contains(r.ToOcid));
        return db.WebhookDeliveries.AsNoTracking()
            .Where(d => owned.Contains(d.TargetOcid) || aboutOwned.Any(r => r.Issuer == d.Issuer && r.Txid == d.Txid));
    }

    private static IQueryable<MerchantDeliveryRow> Rows(IQueryable<WebhookDelivery> deliveries) =>
        deliveries.Select(d => new MerchantDeliveryRow(
            d.Id,
            d.Txid,
            d.TargetOcid,
            d.Status,
            d.AttemptCount,
            d.CreatedAt,
            d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null,
            d.LastMessage));

    // authentication.md: what PeerClient sends; the timestamp, nonce and signature are made afresh for each attempt.
    private KeyValuePair<string, string?>[] Headers() =>
    [
        new("Content-Type", "application/json"),
        new(OutboundHeaders.Ocid, us.Ocid.ToString()),
        new(OutboundHeaders.Timestamp, null),
        new(OutboundHeaders.Nonce, null),
        new(OutboundHeaders.Signature, null),
    ];
}
