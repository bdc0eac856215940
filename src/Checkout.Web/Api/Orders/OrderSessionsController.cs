using Microsoft.AspNetCore.Mvc;

using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Orders.Contracts;
using OpenCharge.Checkout.Web.Api.Routing;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Orders;

/// <summary>
/// endpoints.md A4: a merchant posts an order to the wallet QR a shopper shows. The path takes the QR's session id or
/// its short code (docs/decisions.md, "Issue 9"); <c>protocolid</c> keeps <c>/orders/create/status</c> out.
/// </summary>
[ApiController]
[Route("opencharge/orders")]
[SignedRequest]
public sealed class OrderSessionsController(OrderSessionCreation creation) : ControllerBase
{
    [HttpPost("create/{sessionId:protocolid}")]
    [JsonBody]
    [ProducesResponseType<OrderSessionResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status410Gone, "application/json")]
    public async Task<IActionResult> Create(string sessionId, CancellationToken cancellationToken)
    {
        var (response, error) = await creation.CreateAsync(sessionId, HttpContext.Caller(), cancellationToken);
        return ProtocolJsonResult.Of(response, error);
    }
}
