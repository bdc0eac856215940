using System.Text;
using System.Text.Json.Nodes;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Gateway;

/// <summary>
/// The Demo Gateway as a merchant gateway: forwards the Demo Store's signed order to our payment gateway's
/// <c>POST /checkout/create</c> (endpoints.md A3) over real HTTP, signed with its own key, at the address our
/// registry entry names, exactly as an outside merchant gateway would.
/// </summary>
internal sealed class DemoGatewayCheckout(
    IHttpClientFactory httpClients,
    IPeerDirectory peers,
    IOptions<OpenchargeOptions> opencharge,
    ILogger<DemoGatewayCheckout> logger)
{
    /// <summary>Its handler signs with the Demo Gateway's key (see SandboxServices).</summary>
    public static readonly string HttpClientName = SandboxHttpClients.NameFor(SandboxPeer.Gateway);

    public async Task<CheckoutStart> StartAsync(SignedDemoOrder order, Ocid merchant, Uri success, Uri cancel, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["order"] = order.ToJsonNode(),
            ["signature"] = order.Signature,
            ["merchantOcid"] = merchant.Value,
            ["urls"] = new JsonObject { ["success"] = success.AbsoluteUri, ["cancel"] = cancel.AbsoluteUri },
        };
        var paymentGateway = new Ocid(opencharge.Value.Ocid);
        var client = new PeerClient(httpClients.CreateClient(HttpClientName), peers);
        try
        {
            var result = await client.PostJsonAsync(paymentGateway, "/checkout/create", Encoding.UTF8.GetBytes(body.ToJsonString(CanonicalJson.WireOptions)), cancellationToken);
            return Interpret(result);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Demo Gateway could not reach the payment gateway {Ocid}", paymentGateway);
            return new CheckoutStart.Failed("GATEWAY_UNREACHABLE", $"The payment gateway (OCID {paymentGateway}) could not be reached: {ex.Message}");
        }
    }

    private static CheckoutStart Interpret(PeerCallResult result)
    {
        if (result.StatusCode is not { } status)
        {
            return new CheckoutStart.Failed("METADATA_UNAVAILABLE", result.Problem ?? "The payment gateway could not be resolved.");
        }
        if (result.Signature == ResponseSignatureStatus.Invalid)
        {
            // A forged or corrupted answer must not send the shopper anywhere.
            return new CheckoutStart.Failed("INVALID_SIGNATURE", "The payment gateway's response signature does not verify.");
        }
        return CheckoutCreateResponseReader.Read(status, result.Body);
    }
}
