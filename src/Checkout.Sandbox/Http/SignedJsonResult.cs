using System.Globalization;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// A JSON response signed by a sandbox identity (authentication.md §4). The sandbox paths are outside our protocol
/// middleware, which would sign with our key; each sandbox peer signs its own answers here instead.
/// </summary>
internal sealed class SignedJsonResult(IProtocolSigner signer, int statusCode, byte[] body) : IResult
{
    public static SignedJsonResult Json(IProtocolSigner signer, int statusCode, object value) =>
        new(signer, statusCode, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), CanonicalJson.WireOptions));

    public static SignedJsonResult Error(IProtocolSigner signer, PeerError error) =>
        Json(signer, error.Status, error.ToEnvelope());

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var time = httpContext.RequestServices.GetRequiredService<TimeProvider>();
        var ocid = signer.Ocid.ToString();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalResponse.Build(ocid, timestamp, statusCode, BodyHash.Of(body));

        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        response.Headers[OutboundHeaders.Ocid] = ocid;
        response.Headers[OutboundHeaders.Timestamp] = timestamp;
        response.Headers[OutboundHeaders.Signature] = signer.Sign(Encoding.UTF8.GetBytes(canonical));
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
