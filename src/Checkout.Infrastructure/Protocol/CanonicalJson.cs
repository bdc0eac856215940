using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>
/// JSON as the protocol's JavaScript peers write it: JSON.stringify escaping and number formatting, no
/// whitespace, and one of three key orders (authentication.md §7, gaps.md G1 and G3).
/// </summary>
public static class CanonicalJson
{
    /// <summary>
    /// Options for JSON we send: compact, nulls omitted, and escaping relaxed to what JSON.stringify does, so a
    /// peer that re-serialises our body reproduces the bytes we hashed (gaps.md G1).
    /// </summary>
    public static JsonSerializerOptions WireOptions { get; } = CreateWireOptions();

    /// <summary>Keys sorted by UTF-16 code unit at every depth, array order kept: the bytes object signatures cover.</summary>
    public static string Canonicalize(JsonElement value) => Encoding.UTF8.GetString(Write(value, SortedKeys));

    /// <summary>UTF-8 of <see cref="Canonicalize"/>, ready to hash or sign.</summary>
    public static byte[] CanonicalBytes(JsonElement value) => Write(value, SortedKeys).ToArray();

    /// <summary>
    /// Emulates <c>JSON.stringify(obj, Object.keys(obj).sort())</c>, which several doc pages sign with: the sorted
    /// top-level names become a whitelist applied at every depth, so nested objects keep only members whose
    /// names are also top-level names, written in whitelist order (gaps.md G3). A verification fallback only.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an object.</exception>
    public static string CanonicalizeTopLevelKeys(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Only a JSON object has top-level keys.", nameof(value));
        }

        string[] whitelist = [.. JsObjectMembers.Read(value).Keys.Order(StringComparer.Ordinal)];
        return Encoding.UTF8.GetString(Write(value, members => [.. whitelist.Where(members.ContainsKey)]));
    }

    /// <summary>
    /// <c>JSON.stringify(JSON.parse(json))</c>: compact, keys in JavaScript property order (insertion order, with
    /// array-index names first). The re-serialisation a JS peer may have hashed instead of the raw body (gaps.md G1).
    /// </summary>
    public static string Compact(JsonElement value) => Encoding.UTF8.GetString(Write(value, JsObjectMembers.InPropertyOrder));

    private static IReadOnlyList<string> SortedKeys(OrderedDictionary<string, JsonElement> members) =>
        [.. members.Keys.Order(StringComparer.Ordinal)];

    private static ReadOnlySpan<byte> Write(JsonElement value, KeyOrder keyOrder)
    {
        var writer = new JsJsonWriter();
        WriteValue(writer, value, keyOrder);
        return writer.WrittenSpan;
    }

    private static void WriteValue(JsJsonWriter writer, JsonElement value, KeyOrder keyOrder)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, value, keyOrder);
                break;
            case JsonValueKind.Array:
                WriteArray(writer, value, keyOrder);
                break;
            case JsonValueKind.String:
                writer.WriteStringToken(JsonMarshal.GetRawUtf8Value(value));
                break;
            case JsonValueKind.Number:
                writer.WriteNumberToken(JsonMarshal.GetRawUtf8Value(value));
                break;
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                writer.WriteRaw(JsonMarshal.GetRawUtf8Value(value));
                break;
            default:
                throw new ArgumentException("The JSON element holds no value.", nameof(value));
        }
    }

    private static void WriteObject(JsJsonWriter writer, JsonElement value, KeyOrder keyOrder)
    {
        var members = JsObjectMembers.Read(value);
        writer.WriteByte((byte)'{');
        bool isFirst = true;
        foreach (string name in keyOrder(members))
        {
            if (!isFirst)
            {
                writer.WriteByte((byte)',');
            }
            isFirst = false;
            writer.WriteString(name);
            writer.WriteByte((byte)':');
            WriteValue(writer, members[name], keyOrder);
        }
        writer.WriteByte((byte)'}');
    }

    private static void WriteArray(JsJsonWriter writer, JsonElement value, KeyOrder keyOrder)
    {
        writer.WriteByte((byte)'[');
        bool isFirst = true;
        foreach (var item in value.EnumerateArray())
        {
            if (!isFirst)
            {
                writer.WriteByte((byte)',');
            }
            isFirst = false;
            WriteValue(writer, item, keyOrder);
        }
        writer.WriteByte((byte)']');
    }

    private static JsonSerializerOptions CreateWireOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        // Shared by every caller, so nobody may change it under the others.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Which members of an object to write, in which order.</summary>
    private delegate IReadOnlyList<string> KeyOrder(OrderedDictionary<string, JsonElement> members);
}
