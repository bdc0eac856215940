using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>Reads a signed request to a sandbox endpoint the way our own protocol middleware reads ours.</summary>
internal static class SandboxRequestReader
{
    /// <summary>Protocol bodies are small JSON documents; the sandbox peers take no more than our gateway does.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Null when the body is larger than <see cref="MaxRequestBodyBytes"/>.</summary>
    public static async Task<SignedRequest?> ReadAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }
        if (context.Request.ContentLength > MaxRequestBodyBytes)
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
            RequestTarget(context),
            body.ToArray());
    }

    /// <summary>The request-target exactly as the client sent it (gaps.md G5: never decoded or normalised).</summary>
    private static string RequestTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.PathBase + context.Request.Path + context.Request.QueryString;
}
