using System.Globalization;
using System.Text;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>Signs every response, errors included (gaps.md G7; authentication.md §4), over the buffered body, and logs the call.</summary>
internal sealed class ResponseSigning(RequestDelegate next, PeerHost host)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        var ocid = host.Ocid.ToString(CultureInfo.InvariantCulture);
        var timestamp = host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalResponse.Build(ocid, timestamp, context.Response.StatusCode, BodyHash.Of(body));
        context.Response.Headers["X-OC-ID"] = ocid;
        context.Response.Headers["X-OC-Timestamp"] = timestamp;
        context.Response.Headers["X-OC-Signature"] = PeerHost.Secp256k1.Sign(host.PrivateKey, Encoding.UTF8.GetBytes(canonical));
        host.Record(new ReceivedCall(context.Request.Method, context.Request.Path, context.Request.Headers["X-OC-ID"].ToString(), context.Response.StatusCode));
        await original.WriteAsync(body, context.RequestAborted);
    }
}
