using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Qr;
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
/// <c>order</c> URL, exactly as an outside merchant would.
/// </summary>
internal sealed class PostOrderToWallet(
    CreateDemoOrder createOrder,
    DemoRoutes routes,
    DemoOrderEnvelope envelope,
    IHttpClientFactory httpClients,
    IPeerDirectory peers,
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
            return new WalletOrderAnswer.Refused("METADATA_UNAVAILABLE", $"The wallet's gateway (OCID {qr.Gateway}) could not be resolved through the registry.");
        }
        if (MerchantAddress.PathUnder(found.Metadata.Endpoint, qr.OrderUrl) is not { } path)
        {
            return new WalletOrderAnswer.Refused("QR_LINK_MISMATCH", $"The QR's order URL is not under the registered endpoint of OCID {qr.Gateway} ({found.Metadata.Endpoint}).");
        }

        var order = await createOrder.CreateAsync(lines, routes.AcceptsFor(settleThrough), cancellationToken);
        var body = Encoding.UTF8.GetBytes(envelope.For(order).ToJsonString(CanonicalJson.WireOptions));
        var client = new PeerClient(httpClients.CreateClient(HttpClientName), peers);
        try
        {
            var result = await client.PostJsonAsync(qr.Gateway, path, body, cancellationToken);
            return Interpret(order.Id, result);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Demo Store could not post order {OrderId} to wallet gateway {Ocid}", order.Id, qr.Gateway);
            return new WalletOrderAnswer.Refused("GATEWAY_UNREACHABLE", $"The wallet's gateway (OCID {qr.Gateway}) could not be reached: {ex.Message}");
        }
    }

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
