using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence.Configurations;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.Webhooks;

/// <summary>Writes outbox rows as a committed payment would, and reads back what the dispatcher made of them.</summary>
internal static class Deliveries
{
    public const long Issuer = 900;

    public static async Task<WebhookDelivery> EnqueueAsync(PostgresDatabase database, long target, DateTimeOffset now, string? txid = null)
    {
        var delivery = ForProof(target, now, txid);
        await using var db = database.NewContext();
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery;
    }

    /// <summary>A fresh proof's delivery, not yet stored.</summary>
    public static WebhookDelivery ForProof(long target, DateTimeOffset now, string? txid = null)
    {
        txid ??= "tx_" + Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(new
        {
            proof = new { txid, issuer = Issuer, to = new { ocid = target, reference = "ord_1" }, amount = "10.00", currency = "USD" },
            signature = "00",
        });
        return WebhookDelivery.ForProof(new Ocid(target), new Ocid(Issuer), txid, payload, now);
    }

    public static async Task<WebhookDelivery> FindAsync(PostgresDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return await db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public static async Task<DateTimeOffset?> LeasedUntilAsync(PostgresDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return await db.WebhookDeliveries.Where(d => d.Id == id)
            .Select(d => EF.Property<DateTimeOffset?>(d, WebhookDeliveryConfiguration.LeasedUntil))
            .SingleAsync();
    }

    public static async Task<List<DeliveryAttempt>> AttemptsAsync(PostgresDatabase database, Guid? deliveryId = null)
    {
        await using var db = database.NewContext();
        return await db.DeliveryAttempts.AsNoTracking()
            .Where(a => deliveryId == null || a.DeliveryId == deliveryId)
            .OrderBy(a => a.Id)
            .ToListAsync();
    }
}
