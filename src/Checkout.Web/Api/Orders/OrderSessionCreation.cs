using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Orders.Contracts;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Orders;

/// <summary>
/// Turns a merchant's signed order posted to a shopper's wallet QR (endpoints.md A4) into a session only that shopper
/// may pay: the schema here, then <see cref="OrderIntake"/> in A4's order. Once the order is committed the shopper's
/// open "Pay in store" page is told at once.
/// </summary>
public sealed class OrderSessionCreation(OrderIntake intake, WalletOrderSignal walletOrders, IOptions<OpenchargeOptions> options)
{
    public async Task<(OrderSessionResponse? Response, ProtocolError? Error)> CreateAsync(
        string sessionReference, AuthenticatedCaller caller, CancellationToken cancellationToken)
    {
        using var document = DecodableJson.Parse(caller.Body);
        if (document is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The body is not valid UTF-8 JSON."));
        }
        var fields = new JsonFields("", []);
        var request = OrderSessionRequest.Read(document.RootElement, fields);
        if (request is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The request does not match OrderSessionRequest.", fields.Problems));
        }

        // gaps.md G23: the caller is the merchant, so the order must be the caller's own.
        var session = await intake.ExecuteAsync(
            new IncomingOrder(request.Order, caller.Peer.Ocid, request.Urls, OrderOrigin.WalletQr(sessionReference)), cancellationToken);
        if (!session.IsSuccess)
        {
            return (null, ProtocolErrors.From(session.Error));
        }
        walletOrders.Publish(session.Value.ShopperUserId!);
        return (new OrderSessionResponse(new OrderSessionUrls(StatusUrl(session.Value))), null);
    }

    /// <summary>gaps.md G20: our public order status, keyed by merchant too since order ids are the merchant's.</summary>
    private string StatusUrl(CheckoutSession session) =>
        $"{options.Value.Endpoint}/orders/{Uri.EscapeDataString(session.OrderId)}/status?merchant={session.MerchantOcid}";
}
