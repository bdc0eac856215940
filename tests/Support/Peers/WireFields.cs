using System.Text.Json;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>Reads optional wire fields of the right JSON kind; a wrong kind reads as absent.</summary>
internal static class WireFields
{
    public static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long? Ocid(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ocid) ? ocid : null;

    public static long? Integer(JsonElement parent, string name) => Ocid(parent, name);
}
