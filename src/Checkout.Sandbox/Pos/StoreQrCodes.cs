using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Pos;

/// <summary>
/// The codes the Demo Store's point of sale shows (objects.md §4), written by <see cref="QrPayloadWriter"/> so they
/// read back exactly as our wallet reads them.
/// </summary>
internal sealed class StoreQrCodes(CreateDemoOrder createOrder, DemoRoutes routes, DemoOrderEnvelope envelope, IOptions<SandboxOptions> sandbox, IOptions<OpenchargeOptions> opencharge)
{
    private Ocid Store => new(sandbox.Value.MerchantOcid);

    /// <summary>
    /// Merchant shows QR: a pending order for the basket and <c>{"ocid":&lt;store&gt;,"order":"&lt;store endpoint&gt;/orders/&lt;id&gt;","expiresAt":…}</c>,
    /// which a wallet follows to fetch the signed order (B1). The code expires with the order.
    /// </summary>
    public async Task<PosOrderQr> CreateOrderQrAsync(IReadOnlyList<DemoOrderLine> lines, SettleThrough settleThrough, CancellationToken cancellationToken)
    {
        var order = await createOrder.CreateAsync(lines, routes.AcceptsFor(settleThrough), cancellationToken);
        return new PosOrderQr(order.Id, QrPayloadWriter.Write(new MerchantOrderQr(Store, new Uri(envelope.OrderUrl(order.Id)), order.ExpiresAt)));
    }

    /// <summary>The permanent inventory QR: <c>{"ocid":&lt;store&gt;,"inventory":"&lt;store endpoint&gt;/inventory","expiresAt":null}</c>.</summary>
    public string InventoryText => QrPayloadWriter.Write(new InventoryQr(
        Store, new Uri(SandboxPaths.Absolute(opencharge.Value.PublicBaseUrl, SandboxPaths.StoreEndpoint + "/inventory")), null));
}

/// <summary>A pending demo order and the text of the QR that leads to it.</summary>
public sealed record PosOrderQr(string OrderId, string Text);
