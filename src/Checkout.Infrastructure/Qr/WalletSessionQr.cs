using System.Text.Encodings.Web;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.Infrastructure.Qr;

/// <summary>
/// The text of the QR a shopper shows (objects.md §4, gaps.md G21): exactly
/// <c>{"ocid":…,"order":"{config.endpoint}/orders/create/{sessionId}","expiresAt":…}</c>, in that order, no spaces.
/// </summary>
public static class WalletSessionQr
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string OrderUrl(string endpoint, QrSessionId session) => endpoint.TrimEnd('/') + "/orders/create/" + session;

    public static string Json(Ocid us, string endpoint, QrSessionId session, DateTimeOffset expiresAt)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteNumber("ocid", us.Value);
            writer.WriteString("order", OrderUrl(endpoint, session));
            writer.WriteNumber("expiresAt", expiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
