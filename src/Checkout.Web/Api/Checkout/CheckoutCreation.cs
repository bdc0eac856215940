using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Web.Api.Checkout.Contracts;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Checkout;

/// <summary>
/// Turns a signed <c>/checkout/create</c> into a session: the schema here, then <see cref="OrderIntake"/> (merchant
/// identity, order signature, redirect policy, expiry, settlement path, idempotency). Each failure is one protocol
/// error, in the order endpoints.md A3 and A4 check them.
/// </summary>
public sealed class CheckoutCreation(OrderIntake intake, IOptions<OpenchargeOptions> options)
{
    public async Task<(CheckoutCreateResponse? Response, ProtocolError? Error)> CreateAsync(AuthenticatedCaller caller, CancellationToken cancellationToken)
    {
        using var document = DecodableJson.Parse(caller.Body);
        if (document is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The body is not valid UTF-8 JSON."));
        }
        var fields = new JsonFields("", []);
        var request = CheckoutCreateRequest.Read(document.RootElement, fields);
        if (request is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The request does not match CheckoutCreateRequest.", fields.Problems));
        }

        var session = await intake.ExecuteAsync(
            new IncomingOrder(request.Signed.Order, request.MerchantOcid, request.Signed.Urls, OrderOrigin.HostedCheckout(caller.Peer.Ocid)), cancellationToken);
        return session.IsSuccess ? (ResponseFor(session.Value), null) : (null, ProtocolErrors.From(session.Error));
    }

    private CheckoutCreateResponse ResponseFor(CheckoutSession session)
    {
        var id = session.Id.ToString();
        return new(string.Concat(options.Value.PublicBaseUrl.AsSpan().TrimEnd('/'), "/pay/", id), id, session.ExpiresAt.ToUnixTimeSeconds());
    }
}
