using System.Text.Json;

namespace OpenCharge.Checkout.Web.Api.Json;

/// <summary>
/// Reading protocol JSON liberally (gaps.md G10): a field may come camelCase or snake_case, and unknown fields are
/// ignored (G35). Problems are collected per field, for the envelope's details.
/// </summary>
internal sealed class JsonFields(string prefix, Dictionary<string, object?> problems)
{
    public Dictionary<string, object?> Problems => problems;

    public bool HasProblems => problems.Count > 0;

    public JsonElement? Find(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }
        return null;
    }

    public string? RequiredString(JsonElement obj, int maxLength, params string[] names) =>
        String(obj, required: true, maxLength, names);

    public string? OptionalString(JsonElement obj, int maxLength, params string[] names) =>
        String(obj, required: false, maxLength, names);

    public long? Integer(JsonElement obj, bool required, params string[] names)
    {
        var value = Find(obj, names);
        if (value is null)
        {
            if (required)
            {
                Problem(names[0], "is required.");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt64(out var number))
        {
            Problem(names[0], "must be an integer.");
            return null;
        }
        return number;
    }

    public void Problem(string field, string message) => problems[prefix + field] = message;

    public JsonFields For(string nestedPrefix) => new(prefix + nestedPrefix, problems);

    private string? String(JsonElement obj, bool required, int maxLength, string[] names)
    {
        var value = Find(obj, names);
        if (value is null)
        {
            if (required)
            {
                Problem(names[0], "is required.");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.String || value.Value.GetString() is not { } text)
        {
            Problem(names[0], "must be a string.");
            return null;
        }
        if (text.Length == 0 && required)
        {
            Problem(names[0], "must not be empty.");
            return null;
        }
        if (text.Length > maxLength)
        {
            Problem(names[0], $"must be at most {maxLength} characters.");
            return null;
        }
        return text;
    }
}
