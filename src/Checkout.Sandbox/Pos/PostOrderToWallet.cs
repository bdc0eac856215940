using System.Text;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Pos;

/// <summary>
/// The Demo Store's point of sale, customer shows QR (endpoints.md A4): the store signs an order for the cashier's
/// basket, keeps it as pending, and posts <c>{order, signature, urls}</c>, signed with its own key, to the wallet QR's
/// <c>order</c> URL, exactly as an outside merchant would. A short code typed instead of the QR goes the same way, to
/// <c>/orders/create/{code}</c> at the gateway the store works with (ours).
/// </summary>
internal sealed class PostOrderToWallet(
    CreateDemoOrder createOrder,
    DemoRoutes routes,
    DemoOrderEnvelope envelope,
    IHttpClientFactory httpClients,
    IPeerDirectory peers,
    IOptions<OpenchargeOptions> opencharge,
    ILogger<PostOrderToWallet> logger)
{
    /// <summary>Its handler signs with the Demo Store's key (see SandboxServices).</summary>
    public static readonly string HttpClientName = SandboxHttpClients.NameFor(SandboxPeer.Store);

    public async Task<WalletOrderAnswer> PostAsync(WalletSessionQr qr, IReadOnlyList<DemoOrderLine> lines, SettleThrough settleThrough, CancellationToken cancellationToken)
    {
        // The QR is printed by whoever made it; the address must be one the gateway's signed metadata vouches for
        // (endpoints.md C7), or a forged code could aim the store's signed call anywhere.
        if (await peers.FindAsync(qr.Gateway, refresh: false, cancellationToken) is not PeerLookup.Found found)
        {
            return Unresolved(qr.Gateway);
        }
        if (MerchantAddress.PathUnder(found.Metadata.Endpoint, qr.OrderUrl) is not { } path)
        {
            return new WalletOrderAnswer.Refused("QR_LINK_MISMATCH", $"The QR's order URL is not under the registered endpoint of OCID {qr.Gateway} ({found.Metadata.Endpoint}).");
        }
        return await SendAsync(qr.Gateway, path, lines, settleThrough, cancellationToken);
    }

    /// <summary>
    /// The wallet's short code carries no address: a short code is only ever shown by a wallet of the gateway the store
    /// works with, so the order goes to that gateway's registered endpoint (docs/decisions.md "Issue 9: wallet QR sessions").
    /// </summary>
    public async Task<WalletOrderAnswer> PostAsync(QrShortCode code, IReadOnlyList<DemoOrderLine> lines, SettleThrough settleThrough, CancellationToken cancellationToken)
    {
        var gateway = new Ocid(opencharge.Value.Ocid);
        if (await peers.FindAsync(gateway, refresh: false, cancellationToken) is not PeerLookup.Found)
        {
            return Unresolved(gateway);
        }
        return await SendAsync(gateway, WalletSessionQr.PathMarker + code.Value, lines, settleThrough, cancellationToken);
    }

    private async Task<WalletOrderAnswer> SendAsync(Ocid gateway, string path, IReadOnlyList<DemoOrderLine> lines, SettleThrough settleThrough, CancellationToken cancellationToken)
    {
        var order = await createOrder.CreateAsync(lines, routes.AcceptsFor(settleThrough), cancellationToken);
        var body = Encoding.UTF8.GetBytes(envelope.For(order).ToJsonString(CanonicalJson.WireOptions));
        var client = new PeerClient(httpClients.CreateClient(HttpClientName), peers);
        try
        {
            var result = await client.PostJsonAsync(gateway, path, body, cancellationToken);
            return Interpret(order.Id, result);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Demo Store could not post order {OrderId} to wallet gateway {Ocid}", order.Id, gateway);
            return new WalletOrderAnswer.Refused("GATEWAY_UNREACHABLE", $"The wallet's gateway (OCID {gateway}) could not be reached: {ex.Message}");
        }
    }

    private static WalletOrderAnswer.Refused Unresolved(Ocid gateway) =>
        new("METADATA_UNAVAILABLE", $"The wallet's gateway (OCID {gateway}) could not be resolved through the registry.");

    private static WalletOrderAnswer Interpret(string orderId, PeerCallResult result)
    {
        if (result.StatusCode is not { } status)
        {
            return new WalletOrderAnswer.Refused("METADATA_UNAVAILABLE", result.Problem ?? "The wallet's gateway could not be resolved.");
        }
        if (result.Signature == ResponseSignatureStatus.Invalid)
        {
            return new WalletOrderAnswer.Refused("INVALID_SIGNATURE", "The wallet's gateway's response signature does not verify.");
        }
        return WalletOrderResponseReader.Read(orderId, status, result.Body);
    }
}
