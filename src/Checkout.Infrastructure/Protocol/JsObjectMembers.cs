using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>A JSON object's members as JavaScript's JSON.parse leaves them, which is what a JS peer serialised.</summary>
internal static class JsObjectMembers
{
    // ECMAScript array indices are 0 .. 2^32 - 2.
    private const uint MaxArrayIndex = uint.MaxValue - 1;

    /// <summary>A repeated name keeps its first position and its last value, as JSON.parse does.</summary>
    public static OrderedDictionary<string, JsonElement> Read(JsonElement value)
    {
        var members = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            members[JsonStringDecoder.Decode(JsonMarshal.GetRawUtf8PropertyName(property))] = property.Value;
        }
        return members;
    }

    /// <summary>
    /// The order of <c>Object.keys</c>: names that are array indices ("0", "7", "42") first in numeric order,
    /// then the other names in insertion order.
    /// </summary>
    public static IReadOnlyList<string> InPropertyOrder(OrderedDictionary<string, JsonElement> members)
    {
        var indexed = new List<(uint Index, string Name)>();
        var named = new List<string>(members.Count);
        foreach (string name in members.Keys)
        {
            if (TryParseArrayIndex(name, out uint index))
            {
                indexed.Add((index, name));
            }
            else
            {
                named.Add(name);
            }
        }

        indexed.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return [.. indexed.Select(static member => member.Name), .. named];
    }

    private static bool TryParseArrayIndex(string name, out uint index)
    {
        index = 0;
        // Canonical form only: "01" and "-0" are ordinary property names in JavaScript.
        bool isCanonical = name == "0" || (name.Length > 0 && name[0] != '0');
        return isCanonical
            && uint.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out index)
            && index <= MaxArrayIndex;
    }
}
