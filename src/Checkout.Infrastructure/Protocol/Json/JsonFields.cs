using System.Text.Json;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Json;

/// <summary>
/// Reading protocol JSON liberally (gaps.md G10): a field may come camelCase or snake_case, and unknown fields are
/// ignored (G35). Problems are collected per field, for the envelope's details.
/// </summary>
internal sealed class JsonFields(string prefix, Dictionary<string, object?> problems)
{
    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public Dictionary<string, object?> Problems => problems;

    public bool HasProblems => problems.Count > 0;

    public JsonElement? Find(JsonElement obj, params ReadOnlySpan<string> names)
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

    public string? RequiredString(JsonElement obj, int maxLength, params ReadOnlySpan<string> names) =>
        String(obj, required: true, maxLength, names);

    public string? OptionalString(JsonElement obj, int maxLength, params ReadOnlySpan<string> names) =>
        String(obj, required: false, maxLength, names);

    public long? Integer(JsonElement obj, bool required, params ReadOnlySpan<string> names)
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

    /// <summary>An integer of Unix seconds that <see cref="DateTimeOffset"/> can hold (so not JavaScript milliseconds past year 9999).</summary>
    public DateTimeOffset? UnixSeconds(JsonElement obj, bool required, params ReadOnlySpan<string> names)
    {
        var seconds = Integer(obj, required, names);
        if (seconds is null)
        {
            return null;
        }
        if (seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
        {
            Problem(names[0], "must be Unix seconds.");
            return null;
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds.Value);
    }

    /// <summary>
    /// The text of a JSON string, or null when it is not a string or cannot be decoded: escapes may spell lone
    /// surrogates and the bytes may not be UTF-8, and <see cref="JsonElement.GetString"/> throws on both.
    /// </summary>
    public static string? Text(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void Problem(string field, string message) => problems[prefix + field] = message;

    public JsonFields For(string nestedPrefix) => new(prefix + nestedPrefix, problems);

    private string? String(JsonElement obj, bool required, int maxLength, ReadOnlySpan<string> names)
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
        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Problem(names[0], "must be a string.");
            return null;
        }
        if (Text(value.Value) is not { } text)
        {
            Problem(names[0], "must be UTF-8 text without lone surrogates.");
            return null;
        }
        // PostgreSQL text cannot hold U+0000: such a value would fail in the database as a 500, not here as a 400.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            Problem(names[0], "must not contain U+0000.");
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
