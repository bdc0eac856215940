using Microsoft.AspNetCore.Mvc;

using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Routing;
using OpenCharge.Checkout.Web.Api.Signing;
using OpenCharge.Checkout.Web.Api.Transfers.Contracts;

namespace OpenCharge.Checkout.Web.Api.Transfers;

/// <summary>endpoints.md A5 and A6: partners move money out of their reserve with us, and peers prove money they sent us.</summary>
[ApiController]
[Route("opencharge/transfer")]
[SignedRequest]
public sealed class TransfersController : ControllerBase
{
    [HttpPost("create")]
    [JsonBody]
    [Idempotent]
    [ProducesResponseType<TransferCreateResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status402PaymentRequired, "application/json")]
    public async Task<IActionResult> Create([FromServices] TransferCreation creation, CancellationToken cancellationToken)
    {
        var (response, error) = await creation.CreateAsync(HttpContext.Caller(), cancellationToken);
        return ProtocolJsonResult.Of(response, error);
    }

    [HttpPost("webhook")]
    [JsonBody]
    [ProducesResponseType<TransferWebhookResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest, "application/json")]
    public async Task<IActionResult> Webhook([FromServices] ProofWebhook webhook, CancellationToken cancellationToken)
    {
        var (response, error) = await webhook.ReceiveAsync(HttpContext.Caller(), cancellationToken);
        return ProtocolJsonResult.Of(response, error);
    }
}
