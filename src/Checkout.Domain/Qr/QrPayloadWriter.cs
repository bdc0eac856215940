using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>
/// The text of a QR code we show: compact JSON with the members in the order of objects.md §4, e.g.
/// <c>{"ocid":200,"order":"https://…/opencharge/orders/create/…","expiresAt":1706400000}</c>. The link is written as
/// it was given; relaxed escaping keeps it as a JavaScript peer would write it (gaps.md G1).
/// </summary>
public static class QrPayloadWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(QrPayload payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteNumber("ocid", payload.Publisher.Value);
            writer.WriteString(payload is InventoryQr ? "inventory" : "order", payload.Link.OriginalString);
            if (payload.ExpiresAt is { } expiresAt)
            {
                writer.WriteNumber("expiresAt", expiresAt.ToUnixTimeSeconds());
            }
            else
            {
                writer.WriteNull("expiresAt");
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
