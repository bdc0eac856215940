using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Web.Api.Errors;

internal static class ProtocolErrorWriter
{
    public static async Task WriteAsync(HttpContext context, ProtocolError error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, ErrorEnvelope.From(error), CanonicalJson.WireOptions, context.RequestAborted);
    }
}
