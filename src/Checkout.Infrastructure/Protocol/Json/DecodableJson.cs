using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Json;

/// <summary>
/// RFC 8259 §8: JSON text is UTF-8 and its strings are Unicode. System.Text.Json parses without checking either and
/// throws later, wherever a name or string is first decoded (a property look-up, <c>GetRawText</c>); checking the
/// whole document once at the edge keeps such a body a 400 (found by the fuzz run, docs/security.md). The bytes are
/// checked as UTF-8 first, so only a name or string with an escape can still fail to decode; only those are decoded
/// (issue 11: decoding every string of every signed request was about 2 % of checkout/create's CPU).
/// </summary>
internal static class DecodableJson
{
    /// <summary>The parsed document, or null when the bytes are not UTF-8 JSON whose every name and string decodes.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> body)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        if (Decodes(document.RootElement))
        {
            return document;
        }
        document.Dispose();
        return null;
    }

    private static bool Decodes(JsonElement element)
    {
        try
        {
            Decode(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape such as "\ud800": valid JSON syntax, not Unicode text.
            return false;
        }
    }

    // Depth is bounded by JsonDocument's MaxDepth (64), so the recursion is too.
    private static void Decode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsEscaped(JsonMarshal.GetRawUtf8PropertyName(property)))
                    {
                        _ = property.Name;
                    }
                    Decode(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Decode(item);
                }
                break;
            case JsonValueKind.String when IsEscaped(JsonMarshal.GetRawUtf8Value(element)):
                _ = element.GetString();
                break;
        }
    }

    private static bool IsEscaped(ReadOnlySpan<byte> raw) => raw.Contains((byte)'\\');
}
