using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Web.Api.Capabilities.Contracts;
using OpenCharge.Checkout.Web.Api.Metadata;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Capabilities;

/// <summary>endpoints.md A2: signed callers only; the view is computed for the calling partner.</summary>
[ApiController]
[Route("opencharge")]
[SignedRequest]
public sealed class CapabilitiesController(IOptions<OpenchargeOptions> options, ServedCapabilities served) : ControllerBase
{
    [HttpGet("capabilities")]
    [ProducesResponseType<CapabilitiesResponse>(StatusCodes.Status200OK, "application/json")]
    public CapabilitiesResponse Get() => PartnerView.For(HttpContext.Caller().Peer, options.Value, served.Names);
}
