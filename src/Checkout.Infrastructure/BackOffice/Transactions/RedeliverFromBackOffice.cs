using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// An admin's "redeliver" on one or many deliveries. Redelivery is per proof (<see cref="RedeliverProof"/>: every
/// receiver of that proof that rejected it or never took it gets it again, same txid, same payload), so the selection
/// is grouped by proof. Each redelivered delivery gets its own <see cref="AuditActions.DeliveryRedelivered"/> line,
/// committed in the same unit of work as the redelivery itself, or not at all.
/// </summary>
public sealed class RedeliverFromBackOffice(IServiceScopeFactory scopes, IDbContextFactory<CheckoutDbContext> contexts, TimeProvider time)
{
    /// <returns>How many deliveries were queued again; an error when none of the selection needed it.</returns>
    public async Task<Result<int>> ExecuteAsync(IReadOnlyCollection<Guid> deliveryIds, string actor, CancellationToken cancellationToken)
    {
        var proofs = await ProofsNeedingAttentionAsync(deliveryIds, cancellationToken);
        var redelivered = 0;
        foreach (var proof in proofs)
        {
            await using var scope = scopes.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var now = time.GetUtcNow();
            foreach (var delivery in proof)
            {
                // Tracked in the scope's context, so RedeliverProof's commit writes it; a failed run discards it.
                audit.Append(AuditEvent.Record(now, actor, AuditActions.DeliveryRedelivered, delivery.Id.ToString(),
                    JsonSerializer.Serialize(new { status = delivery.Status.ToString() }),
                    JsonSerializer.Serialize(new { status = nameof(DeliveryStatus.Pending), issuer = delivery.Issuer, txid = delivery.Txid, target = delivery.Target })));
            }
            var result = await scope.ServiceProvider.GetRequiredService<RedeliverProof>()
                .ExecuteAsync(new Ocid(proof.Key.Issuer), proof.Key.Txid, cancellationToken);
            if (result.IsSuccess)
            {
                redelivered += result.Value;
            }
        }
        return redelivered > 0
            ? redelivered
            : new DomainError("delivery.nothing_to_redeliver", "None of the selected deliveries was rejected or abandoned.");
    }

    /// <summary>The selection's proofs, each with all of its deliveries that <see cref="RedeliverProof"/> will send again.</summary>
    private async Task<IReadOnlyList<IGrouping<(long Issuer, string Txid), Needing>>> ProofsNeedingAttentionAsync(
        IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken)
    {
        var ids = deliveryIds.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var selected = db.WebhookDeliveries.Where(d => ids.Contains(d.Id));
        var needing = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Rejected || d.Status == DeliveryStatus.Abandoned)
            .Where(d => selected.Any(s => s.Issuer == d.Issuer && s.Txid == d.Txid))
            .Select(d => new { d.Id, d.Issuer, d.Txid, d.TargetOcid, d.Status })
            .ToListAsync(cancellationToken);
        return needing
            .Select(d => new Needing(d.Id, d.Issuer.Value, d.Txid, d.TargetOcid.Value, d.Status))
            .GroupBy(d => (d.Issuer, d.Txid))
            .ToList();
    }

    private sealed record Needing(Guid Id, long Issuer, string Txid, long Target, DeliveryStatus Status);
}
