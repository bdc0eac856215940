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
    public static string Canonicalize(JsonElement value) => Encoding.UTF8.GetString(Write(value, SortedMembers));

    /// <summary>UTF-8 of <see cref="Canonicalize"/>, ready to hash or sign.</summary>
    public static byte[] CanonicalBytes(JsonElement value) => Write(value, SortedMembers).ToArray();

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
        return Encoding.UTF8.GetString(Write(value, Selecting(members => whitelist.Where(members.ContainsKey))));
    }

    /// <summary>
    /// <c>JSON.stringify(JSON.parse(json))</c>: compact, keys in JavaScript property order (insertion order, with
    /// array-index names first). The re-serialisation a JS peer may have hashed instead of the raw body (gaps.md G1).
    /// </summary>
    public static string Compact(JsonElement value) => Encoding.UTF8.GetString(Write(value, Selecting(JsObjectMembers.InPropertyOrder)));

    /// <summary>
    /// The members sorted by name, a repeated name keeping its last value as JSON.parse does. Every signed order and
    /// proof goes through here, so it sorts one array instead of building a dictionary (issue 11).
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, JsonElement>> SortedMembers(JsonElement value)
    {
        var members = new (string Name, int Position, JsonElement Value)[value.GetPropertyCount()];
        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            members[count] = (JsonStringDecoder.Decode(JsonMarshal.GetRawUtf8PropertyName(property)), count, property.Value);
            count++;
        }
        members.AsSpan().Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : a.Position.CompareTo(b.Position));
        var sorted = new List<KeyValuePair<string, JsonElement>>(count);
        for (var i = 0; i < count; i++)
        {
            if (i + 1 == count || !string.Equals(members[i].Name, members[i + 1].Name, StringComparison.Ordinal))
            {
                sorted.Add(KeyValuePair.Create(members[i].Name, members[i].Value));
            }
        }
        return sorted;
    }

    /// <summary>A key order that picks names from the members as JSON.parse leaves them.</summary>
    private static KeyOrder Selecting(Func<OrderedDictionary<string, JsonElement>, IEnumerable<string>> names) => value =>
    {
        var members = JsObjectMembers.Read(value);
        return [.. names(members).Select(name => KeyValuePair.Create(name, members[name]))];
    };

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
        writer.WriteByte((byte)'{');
        bool isFirst = true;
        foreach (var (name, member) in keyOrder(value))
        {
            if (!isFirst)
            {
                writer.WriteByte((byte)',');
            }
            isFirst = false;
            writer.WriteString(name);
            writer.WriteByte((byte)':');
            WriteValue(writer, member, keyOrder);
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
    private delegate IReadOnlyList<KeyValuePair<string, JsonElement>> KeyOrder(JsonElement value);
}
