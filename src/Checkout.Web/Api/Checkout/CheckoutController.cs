using Microsoft.AspNetCore.Mvc;

using OpenCharge.Checkout.Web.Api.Checkout.Contracts;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Routing;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Checkout;

/// <summary>endpoints.md A3: a merchant gateway opens a hosted checkout for a merchant-signed order.</summary>
[ApiController]
[Route("opencharge/checkout")]
[SignedRequest]
public sealed class CheckoutController(CheckoutCreation creation) : ControllerBase
{
    [HttpPost("create")]
    [JsonBody]
    [Idempotent]
    [OneCommit]
    [ProducesResponseType<CheckoutCreateResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest, "application/json")]
    // No parameters, so MVC builds no value providers and binds nothing: about a percent of the hot path (issue 11).
    public async Task<IActionResult> Create()
    {
        var (response, error) = await creation.CreateAsync(HttpContext.Caller(), HttpContext.RequestAborted);
        return ProtocolJsonResult.Of(response, error);
    }
}
