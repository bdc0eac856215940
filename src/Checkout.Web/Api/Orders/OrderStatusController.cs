using Microsoft.AspNetCore.Mvc;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Orders.Contracts;

namespace OpenCharge.Checkout.Web.Api.Orders;

/// <summary>
/// gaps.md G20: the status URL of an order paid through us, public (G24). Order ids are the merchant's, so two
/// merchants may share one: <c>?merchant={ocid}</c> says whose; without it the id must belong to one merchant only
/// (docs/decisions.md).
/// </summary>
[ApiController]
[Route("opencharge/orders")]
public sealed class OrderStatusController(ProofStatusQueries queries) : ControllerBase
{
    [HttpGet("{orderId:protocolid}/status")]
    [ProducesResponseType<OrderStatusResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound, "application/json")]
    public async Task<IActionResult> Get(string orderId, [FromQuery] string? merchant, CancellationToken cancellationToken)
    {
        Ocid? merchantOcid = null;
        if (merchant is not null)
        {
            if (!Ocid.TryParse(merchant, out var parsed))
            {
                return Envelope(ProtocolErrors.InvalidRequest("merchant must be a positive OCID."));
            }
            merchantOcid = parsed;
        }
        var (view, miss) = await queries.OrderStatusAsync(orderId, merchantOcid, cancellationToken);
        if (view is null)
        {
            return Envelope(miss!.IsAmbiguous
                ? ProtocolErrors.InvalidRequest($"Order id '{orderId}' is used by several merchants; add ?merchant={{ocid}}.",
                    new Dictionary<string, object?> { ["merchants"] = miss.Merchants.Select(o => o.Value).ToArray() })
                : ProtocolErrors.OrderNotFound(orderId));
        }
        return Ok(new OrderStatusResponse(view.OrderId, view.Status)
        {
            PaidAt = view.PaidAt?.ToUnixTimeSeconds(),
            Txid = view.Txid,
            Delivery = view.NeedsAttention ? "needs_attention" : null,
        });
    }

    private static ObjectResult Envelope(ProtocolError error) => new(ErrorEnvelope.From(error)) { StatusCode = error.Status };
}
