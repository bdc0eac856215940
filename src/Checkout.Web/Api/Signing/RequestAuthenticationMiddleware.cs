using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// Authenticates requests to endpoints marked <see cref="SignedRequestAttribute"/> before model binding, over the raw
/// body bytes, and leaves the body readable for the controller.
/// </summary>
internal sealed class RequestAuthenticationMiddleware(RequestDelegate next, RequestAuthenticator authenticator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SignedRequestAttribute>() is null)
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        context.Request.Body.Position = 0;
        var body = copy.ToArray();

        var headers = context.Request.Headers;
        var request = new SignedRequest(
            Single(headers, OutboundHeaders.Ocid),
            Single(headers, OutboundHeaders.Timestamp),
            Single(headers, OutboundHeaders.Nonce),
            Single(headers, OutboundHeaders.Signature),
            context.Request.Method,
            RequestTarget(context),
            body);

        var result = await authenticator.AuthenticateAsync(request, ProtocolPaths.BasePath, context.RequestAborted);
        if (!result.Succeeded)
        {
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.From(result.Failure!.Value, result.Message));
            return;
        }
        context.Features.Set(new AuthenticatedCaller(result.Caller!, body));
        await next(context);
    }

    /// <summary>A repeated authentication header is refused as malformed: which copy counts would be ambiguous.</summary>
    private static string? Single(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>The request-target exactly as the client sent it (gaps.md G5: never decoded or normalised).</summary>
    internal static string RequestTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.PathBase + context.Request.Path + context.Request.QueryString;
}
