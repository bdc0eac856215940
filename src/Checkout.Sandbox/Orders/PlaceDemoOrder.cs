using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Gateway;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// "Buy" in the Demo Store: the merchant signs an order accepting the issuer the shopper chose, its gateway opens a hosted checkout for it at our payment
/// gateway, and the shopper is sent to the checkout page (or told why not).
/// </summary>
internal sealed class PlaceDemoOrder(
    CreateDemoOrder createOrder,
    DemoRoutes routes,
    DemoGatewayCheckout gateway,
    SandboxIdentities identities,
    IDbContextFactory<SandboxDbContext> contexts,
    IOptions<OpenchargeOptions> opencharge)
{
    public async Task<CheckoutStart> PlaceAsync(DemoProduct product, SettleThrough settleThrough, CancellationToken cancellationToken)
    {
        var order = await createOrder.CreateAsync([new DemoOrderLine(product, 1)], routes.AcceptsFor(settleThrough), cancellationToken);
        var orderPage = SandboxPaths.Absolute(opencharge.Value.PublicBaseUrl, SandboxPaths.OrderPage(order.Id));
        var start = await gateway.StartAsync(order, identities.Merchant.Ocid, new Uri(orderPage), new Uri(orderPage + "?cancelled=1"), cancellationToken);

        if (start is CheckoutStart.Started started)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await db.DemoOrders.SingleAsync(o => o.Id == order.Id, cancellationToken);
            stored.RecordCheckout(started.CheckoutUrl.AbsoluteUri, Truncate(started.SessionId, DemoOrder.MaxSessionIdLength));
            await db.SaveChangesAsync(cancellationToken);
        }
        return start;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
