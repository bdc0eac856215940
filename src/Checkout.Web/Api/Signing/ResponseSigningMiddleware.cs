using System.Globalization;
using System.Text;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// Buffers every protocol response and signs the exact bytes sent, with the status code (authentication.md §4;
/// gaps.md G7: errors too). It is the outermost protocol middleware so that nothing changes the body after signing.
/// </summary>
internal sealed class ResponseSigningMiddleware(RequestDelegate next, IProtocolSigner signer, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // The buffered bytes as they are: no copy of the body per response.
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var ocid = signer.Ocid.ToString();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalResponse.Build(ocid, timestamp, context.Response.StatusCode, BodyHash.Of(body.Span));
        context.Response.Headers[OutboundHeaders.Ocid] = ocid;
        context.Response.Headers[OutboundHeaders.Timestamp] = timestamp;
        context.Response.Headers[OutboundHeaders.Signature] = signer.Sign(Encoding.UTF8.GetBytes(canonical));
        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }
}
