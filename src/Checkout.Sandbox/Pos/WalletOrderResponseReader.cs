using System.Text.Json;

namespace OpenCharge.Checkout.Sandbox.Pos;

/// <summary>Reads an <c>OrderSessionResponse</c> (endpoints.md A4): <c>200 {"urls":{"status":"…"}}</c>, or the error envelope.</summary>
internal static class WalletOrderResponseReader
{
    public static WalletOrderAnswer Read(string orderId, int status, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return new WalletOrderAnswer.Refused($"HTTP_{status}", "The wallet's gateway answered something that is not JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new WalletOrderAnswer.Refused($"HTTP_{status}", "The wallet's gateway answered JSON that is not an object.");
            }
            return status == 200 ? Accepted(orderId, root) : Error(status, root);
        }
    }

    private static WalletOrderAnswer Accepted(string orderId, JsonElement root)
    {
        // The cashier's screen polls nothing from it, but it is shown as a link: only an absolute http(s) URL will do.
        var status = root.TryGetProperty("urls", out var urls) && urls.ValueKind == JsonValueKind.Object
            && urls.TryGetProperty("status", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return Uri.TryCreate(status, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? new WalletOrderAnswer.Accepted(orderId, url)
            : new WalletOrderAnswer.Refused("INVALID_RESPONSE", "The wallet's gateway took the order but returned no usable urls.status.");
    }

    private static WalletOrderAnswer.Refused Error(int status, JsonElement root) =>
        root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? new(Text(error, "code") ?? $"HTTP_{status}", Text(error, "message") ?? "No message.")
            : new($"HTTP_{status}", "The wallet's gateway refused the order without an error envelope.");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
