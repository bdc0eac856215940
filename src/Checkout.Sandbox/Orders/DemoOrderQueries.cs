using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>Read-only projections for the store's pages; a context per call, since Blazor circuits live long.</summary>
internal sealed class DemoOrderQueries(IDbContextFactory<SandboxDbContext> contexts, DemoRoutes routes)
{
    private const int DeliveriesShown = 20;

    /// <summary>The order exactly as signed, for re-fetching (endpoints.md B1).</summary>
    public async Task<SignedDemoOrder?> FindSignedAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DemoOrders.AsNoTracking()
            .Where(o => o.Id == orderId)
            .Select(o => new SignedDemoOrder(o.Id, o.Description, o.OrderJson, o.Signature, o.Amount, o.Currency))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<DemoOrderView?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.DemoOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        // The payment shown is the stored, verified proof row, not the order's own columns: no row, no "paid".
        var payment = await db.ReceivedProofs.AsNoTracking()
            .Where(p => p.OrderId == orderId && p.Issuer == order.PaidIssuer && p.Txid == order.PaidTxid)
            .Select(p => new VerifiedPayment(p.Txid, p.Issuer, order.Amount, order.Currency, p.ReceivedAt, p.ReceivedBy))
            .SingleOrDefaultAsync(cancellationToken);
        var route = routes.Identify(SignedDemoOrder.AcceptsOf(order.OrderJson));
        var deliveries = await db.ReceivedWebhooks.AsNoTracking()
            .Where(w => w.OrderReference == orderId)
            .OrderByDescending(w => w.Id)
            .Take(DeliveriesShown)
            .Select(w => new WebhookDeliveryView(w.ReceivedAt, w.ReceivedBy, w.CallerOcid, w.Txid, w.StatusCode, w.Outcome, w.Message))
            .ToListAsync(cancellationToken);
        return new DemoOrderView(order.Id, order.Description, order.Amount, order.Currency, order.Status, order.CreatedAt, order.CheckoutUrl, payment)
        {
            Deliveries = deliveries,
            SettleThrough = route is { } chosen ? routes.Describe(chosen) : null,
            PaidBy = payment is null ? null : routes.NameOf(payment.Issuer),
        };
    }
}
