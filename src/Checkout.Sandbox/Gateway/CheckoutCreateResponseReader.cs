using System.Text.Json;

namespace OpenCharge.Checkout.Sandbox.Gateway;

/// <summary>
/// Reads a <c>/checkout/create</c> answer as a merchant gateway would: <c>{checkout_url, session_id, expires_at}</c>
/// (gaps.md G10: camelCase accepted too), or the error envelope.
/// </summary>
internal static class CheckoutCreateResponseReader
{
    public static CheckoutStart Read(int status, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return new CheckoutStart.Failed($"HTTP_{status}", "The payment gateway answered something that is not JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            return status == 200 ? Started(root) : Error(status, root);
        }
    }

    private static CheckoutStart Started(JsonElement root)
    {
        var url = Text(root, "checkout_url", "checkoutUrl");
        var sessionId = Text(root, "session_id", "sessionId");
        // The browser is sent there next, so only an absolute http(s) URL will do.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var checkoutUrl) || (checkoutUrl.Scheme != Uri.UriSchemeHttps && checkoutUrl.Scheme != Uri.UriSchemeHttp))
        {
            return new CheckoutStart.Failed("INVALID_RESPONSE", "The payment gateway did not return a usable checkout_url.");
        }
        var expiresAt = Property(root, "expires_at", "expiresAt") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var seconds)
            ? seconds
            : (long?)null;
        return new CheckoutStart.Started(checkoutUrl, sessionId ?? "", expiresAt);
    }

    private static CheckoutStart Error(int status, JsonElement root)
    {
        var error = Property(root, "error");
        return error is { ValueKind: JsonValueKind.Object } envelope
            ? new CheckoutStart.Failed(Text(envelope, "code") ?? $"HTTP_{status}", Text(envelope, "message") ?? "No message.")
            : new CheckoutStart.Failed($"HTTP_{status}", "The payment gateway refused the checkout without an error envelope.");
    }

    private static JsonElement? Property(JsonElement element, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value))
            {
                return value;
            }
        }
        return null;
    }

    private static string? Text(JsonElement element, params string[] names) =>
        Property(element, names) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
