using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Random JSON shaped by an OpenAPI schema (objects, arrays, scalars, <c>$ref</c>), with the wrong type now and then.</summary>
internal sealed class SchemaSampler(JsonElement document, Random random)
{
    private const int MaxDepth = 6;

    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        // "#/components/schemas/Name": the only form ASP.NET Core's generator writes.
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var node = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(part);
            }
            schema = node;
        }
        return schema;
    }

    public JsonNode? Sample(JsonElement? schema, int depth = 0)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } given || depth > MaxDepth || random.Next(10) == 0)
        {
            return Interesting.Value(random);
        }
        var resolved = Resolve(document, given);
        var type = resolved.TryGetProperty("type", out var t) ? t.ToString() : "object";
        if (type.Contains("array", StringComparison.Ordinal))
        {
            var items = resolved.TryGetProperty("items", out var i) ? i : (JsonElement?)null;
            var array = new JsonArray();
            for (var n = random.Next(4); n > 0; n--)
            {
                array.Add(Sample(items, depth + 1));
            }
            return array;
        }
        if (type.Contains("object", StringComparison.Ordinal))
        {
            var result = new JsonObject();
            if (resolved.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject().Where(_ => random.Next(8) != 0))
                {
                    result[property.Name] = Sample(property.Value, depth + 1);
                }
            }
            return result;
        }
        return type switch
        {
            _ when type.Contains("integer", StringComparison.Ordinal) => JsonValue.Create(random.NextInt64(-10, 1_000_000)),
            _ when type.Contains("number", StringComparison.Ordinal) => JsonValue.Create(Math.Round(random.NextDouble() * 1000, 2)),
            _ when type.Contains("boolean", StringComparison.Ordinal) => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(Interesting.Text(random)),
        };
    }
}
