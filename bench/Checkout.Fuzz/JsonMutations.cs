using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// One mutation of a JSON tree per <see cref="Apply"/>: a value replaced (by something its field name makes likely to
/// hurt, a generic odd value, or a raw token spliced in after serialisation), a field removed, an unknown field added,
/// a type swapped or an array blown up.
/// </summary>
internal sealed class JsonMutations(Random random, DateTimeOffset now, List<string> rawTokens)
{
    public static string RawPlaceholder(int index) => $"__RAW_{index}__";

    public void Apply(JsonObject root)
    {
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, slots);
        var (parent, key, index) = slots[random.Next(slots.Count)];
        var current = key is null ? ((JsonArray)parent)[index] : ((JsonObject)parent)[key];
        switch (random.Next(10))
        {
            case 0 or 1 or 2:
                Set(parent, key, index, ForField(key ?? "", current));
                break;
            case 3:
                Set(parent, key, index, Interesting.Value(random));
                break;
            case 4:
                rawTokens.Add(Interesting.RawToken(random));
                Set(parent, key, index, RawPlaceholder(rawTokens.Count - 1));
                break;
            case 5 when key is not null:
                ((JsonObject)parent).Remove(key);
                break;
            case 5:
                ((JsonArray)parent).RemoveAt(index);
                break;
            case 6:
                var objects = slots.Select(s => s.Parent).OfType<JsonObject>().Prepend(root).ToList();
                objects[random.Next(objects.Count)][Interesting.Text(random) + random.Next()] = Interesting.Value(random);
                break;
            case 7:
                Set(parent, key, index, SwapType(current));
                break;
            case 8 when current is JsonArray array && array.Count > 0:
                var copies = random.Next(100, 3000);
                for (var i = 0; i < copies; i++)
                {
                    array.Add(array[0]?.DeepClone());
                }
                break;
            default:
                Set(parent, key, index, JsonValue.Create(Interesting.Text(random)));
                break;
        }
    }

    private JsonNode? ForField(string key, JsonNode? current) => key switch
    {
        "amount" or "price" => Interesting.Amount(random),
        "currency" => Interesting.Currency(random),
        "success" or "cancel" or "completed" or "cancelled" or "order" when current is JsonValue => Interesting.Url(random),
        "createdAt" or "expiresAt" => Interesting.Timestamp(random, now),
        "ocid" or "merchantOcid" => OcidLike(),
        "quantity" => random.Next(4) switch { 0 => 0, 1 => -1, 2 => 1_000_000_000, _ => 1.5 },
        "signature" => random.Next(2) == 0 ? Interesting.Hex(random, random.Next(0, 200)) : Interesting.Text(random),
        _ when current is JsonArray => new JsonArray(OcidLike(), OcidLike()),
        _ => Interesting.Text(random),
    };

    private JsonNode OcidLike() => random.Next(7) switch
    {
        0 => 0,
        1 => -1,
        2 => 200,
        3 => 424_242,
        4 => 9_007_199_254_740_993,
        5 => "9801",
        _ => new JsonObject { ["ocid"] = 9800 },
    };

    private JsonNode? SwapType(JsonNode? current) => current switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => long.TryParse(text, out var number) ? number : random.Next(),
        JsonValue value => value.ToJsonString(),
        JsonArray array => array.Count > 0 ? array[0]?.DeepClone() : "[]",
        JsonObject => new JsonArray(),
        _ => "null",
    };

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (key is null)
        {
            ((JsonArray)parent)[index] = value;
        }
        else
        {
            ((JsonObject)parent)[key] = value;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                slots.Add((obj, key, -1));
                if (child is not null)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, null, i));
                if (array[i] is { } child)
                {
                    Collect(child, slots);
                }
            }
        }
    }
}
