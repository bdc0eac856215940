using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>
/// Reads the text of a scanned code into a <see cref="QrPayload"/> (objects.md §4), or says in plain words why it is
/// not one. Links must be absolute https URLs without user info; plain http only where the caller allows it (sandbox
/// mode, docs/decisions.md "Issue 9: reading merchant QRs"). An absent <c>expiresAt</c> reads like <c>null</c>.
/// </summary>
public static class QrPayloadReader
{
    /// <summary>A QR code holds at most 2,953 bytes; real payment payloads are about 120 characters.</summary>
    public const int MaxTextLength = 2048;

    private const string OrderMember = "order";
    private const string InventoryMember = "inventory";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 8 };
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static Result<QrPayload> Read(string? text, DateTimeOffset now, bool allowPlainHttp)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return QrErrors.Empty();
        }
        if (trimmed.Length > MaxTextLength)
        {
            return QrErrors.TooLong(MaxTextLength);
        }
        if (trimmed.StartsWith("opencharge:", StringComparison.OrdinalIgnoreCase))
        {
            return QrErrors.UnsupportedForm();
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(trimmed, Strict);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // ArgumentException: text with a lone surrogate cannot be transcoded to UTF-8 for the parser.
            return QrErrors.NotJson();
        }
        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement, now, allowPlainHttp) : QrErrors.NotJson();
        }
    }

    private static Result<QrPayload> Read(JsonElement payload, DateTimeOffset now, bool allowPlainHttp)
    {
        if (!payload.TryGetProperty("ocid", out var ocidValue))
        {
            return QrErrors.PublisherMissing();
        }
        if (ocidValue.ValueKind != JsonValueKind.Number || !ocidValue.TryGetInt64(out var ocid) || ocid <= 0)
        {
            return QrErrors.PublisherInvalid();
        }
        var hasOrder = payload.TryGetProperty(OrderMember, out var order);
        var hasInventory = payload.TryGetProperty(InventoryMember, out var inventory);
        if (hasOrder && hasInventory)
        {
            return QrErrors.LinkAmbiguous();
        }
        if (!hasOrder && !hasInventory)
        {
            return QrErrors.LinkMissing();
        }
        var member = hasOrder ? OrderMember : InventoryMember;
        var link = Link(hasOrder ? order : inventory, member, allowPlainHttp);
        if (!link.IsSuccess)
        {
            return link.Error;
        }
        var expiresAt = ExpiresAt(payload);
        if (!expiresAt.IsSuccess)
        {
            return expiresAt.Error;
        }
        var read = Payload(new Ocid(ocid), hasOrder, link.Value, expiresAt.Value);
        return read.IsSuccess && read.Value.IsExpiredAt(now) ? QrErrors.Expired(read.Value.ExpiresAt!.Value) : read;
    }

    private static Result<QrPayload> Payload(Ocid publisher, bool isOrder, Uri link, DateTimeOffset? expiresAt)
    {
        if (!isOrder)
        {
            return new InventoryQr(publisher, link, expiresAt);
        }
        var marker = link.AbsolutePath.LastIndexOf(WalletSessionQr.PathMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return new MerchantOrderQr(publisher, link, expiresAt);
        }
        var sessionId = link.AbsolutePath[(marker + WalletSessionQr.PathMarker.Length)..];
        return WalletSessionQr.IsValidSessionId(sessionId) && link.Query.Length == 0
            ? new WalletSessionQr(publisher, link, sessionId, expiresAt)
            : QrErrors.SessionInvalid();
    }

    private static Result<Uri> Link(JsonElement value, string member, bool allowPlainHttp)
    {
        if (Text(value) is not { Length: > 0 } text
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || uri.Fragment.Length > 0)
        {
            return QrErrors.LinkInvalid(member);
        }
        return uri.Scheme == Uri.UriSchemeHttp && !allowPlainHttp ? QrErrors.LinkInsecure(member) : uri;
    }

    /// <summary>Escapes may spell lone surrogates, on which <see cref="JsonElement.GetString"/> throws.</summary>
    private static string? Text(JsonElement value)
    {
        try
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Result<DateTimeOffset?> ExpiresAt(JsonElement payload)
    {
        if (!payload.TryGetProperty("expiresAt", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new Result<DateTimeOffset?>(null, null);
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds) || seconds <= 0 || seconds > MaxUnixSeconds)
        {
            return QrErrors.ExpiryInvalid();
        }
        return new Result<DateTimeOffset?>(DateTimeOffset.FromUnixTimeSeconds(seconds), null);
    }
}
