using Microsoft.AspNetCore.Mvc;

namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>endpoints.md A1: public, unauthenticated, cacheable for five minutes.</summary>
[ApiController]
[Route("opencharge")]
public sealed class MetadataController : ControllerBase
{
    [HttpGet("metadata.json")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
    [ProducesResponseType<Contracts.MetadataDocument>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Get([FromServices] MetadataPublisher publisher) =>
        File(publisher.Document.ToArray(), "application/json");
}
