using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Sandbox;

/// <summary>Reads a signed request to a sandbox endpoint the way our own protocol middleware reads ours.</summary>
internal static class SandboxRequestReader
{
    /// <summary>Null when the body is larger than a protocol body may be (<see cref="ProtocolErrorMiddleware.MaxRequestBodyBytes"/>).</summary>
    public static async Task<SignedRequest?> ReadAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ProtocolErrorMiddleware.MaxRequestBodyBytes;
        }
        if (context.Request.ContentLength > ProtocolErrorMiddleware.MaxRequestBodyBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        var headers = context.Request.Headers;
        return new SignedRequest(
            headers[OutboundHeaders.Ocid].FirstOrDefault(),
            headers[OutboundHeaders.Timestamp].FirstOrDefault(),
            headers[OutboundHeaders.Nonce].FirstOrDefault(),
            headers[OutboundHeaders.Signature].FirstOrDefault(),
            context.Request.Method,
            RequestAuthenticationMiddleware.RequestTarget(context),
            body.ToArray());
    }
}
