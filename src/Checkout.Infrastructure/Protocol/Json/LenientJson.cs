using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Json;

/// <summary>
/// Field access for answers from other implementations, read as liberally as gaps.md allows: names in any case or
/// snake_case (G10), parties as a bare OCID or an object carrying one (G34).
/// </summary>
internal static class LenientJson
{
    /// <summary>An OCID as an integer, or an object carrying one as <c>ocid</c> (gaps.md G34).</summary>
    public static Ocid? OcidOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var id) && id > 0 => new Ocid(id),
        { ValueKind: JsonValueKind.Object } party => OcidOf(Field(party, "ocid")),
        _ => null,
    };

    /// <summary>gaps.md G10: names compared case-insensitively, snake_case accepted for camelCase.</summary>
    public static JsonElement? Field(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var snake = string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || property.Name.Equals(snake, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    public static string? Text(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
