using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Web.Hosting.Diagnostics;

namespace OpenCharge.Checkout.Web.Api.Errors;

/// <summary>
/// Guarantees the envelope for every protocol failure: unhandled exceptions become a 500 with a correlation id and no
/// stack trace, Kestrel's request errors (oversized body, …) keep their status, and bare error statuses from routing
/// or content negotiation (404, 405, 415) get an envelope body. Nothing under the protocol path answers HTML.
/// </summary>
internal sealed class ProtocolErrorMiddleware(RequestDelegate next, ILogger<ProtocolErrorMiddleware> logger)
{
    /// <summary>Protocol bodies are small JSON documents; anything larger is refused with 413.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.ForBareStatus(StatusCodes.Status413PayloadTooLarge));
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            logger.LogInformation("Rejected a malformed protocol request: {Reason}", ex.Message);
            ResetBody(context);
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.ForBareStatus(ex.StatusCode));
            return;
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            var correlationId = CorrelationId.Of(context);
            logger.LogError(ex, "Unhandled error on {Method} {Path} (correlation id {CorrelationId})", context.Request.Method, context.Request.Path, correlationId);
            ResetBody(context);
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.Internal(correlationId));
            return;
        }

        if (context.Response.StatusCode >= 400 && context.Response.Body is { CanSeek: true, Length: 0 })
        {
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.ForBareStatus(context.Response.StatusCode));
        }
    }

    private static void ResetBody(HttpContext context)
    {
        if (context.Response.Body.CanSeek)
        {
            context.Response.Body.SetLength(0);
        }
    }
}
