using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// Classifies a merchant's HTTP answer (gaps.md G32: status class first, code second): 200 with a JSON object is a
/// body to read; an order's 404 and 410 are <c>ORDER_NOT_FOUND</c> and <c>ORDER_EXPIRED</c> (errors.md §2,
/// merchant); any other 4xx is a refusal with the merchant's own code and message; no answer, 408, 429, 5xx or a
/// wrongly signed answer (G7: it may be forged) is nothing to act on.
/// </summary>
internal static class MerchantReply
{
    private const int MaxMessageLength = 200;

    public static Result<JsonElement> Body(Ocid merchant, PeerCallResult result, bool isOrder)
    {
        if (result.StatusCode is not { } status)
        {
            return MerchantLinkErrors.Unreachable(merchant);
        }
        if (result.Signature == ResponseSignatureStatus.Invalid)
        {
            return MerchantLinkErrors.UntrustedAnswer(merchant);
        }
        var body = Parse(result.Body);
        return status switch
        {
            404 when isOrder => MerchantLinkErrors.OrderNotFound(),
            410 when isOrder => MerchantLinkErrors.OrderExpired(),
            >= 400 and < 500 and not 408 and not 429 => Refusal(merchant, status, body),
            200 when body is { ValueKind: JsonValueKind.Object } answer => answer,
            200 => MerchantLinkErrors.MalformedAnswer(merchant, "not a JSON object"),
            _ => MerchantLinkErrors.Unreachable(merchant),
        };
    }

    /// <summary>errors.md: <c>{"error":{"code","message"}}</c>, though some peers send <c>{"error":"text"}</c> or no message.</summary>
    private static DomainError Refusal(Ocid merchant, int status, JsonElement? body)
    {
        var error = body is { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty("error", out var e) ? e : default;
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? JsonFields.Text(c) : null;
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? JsonFields.Text(m) : JsonFields.Text(error);
        return MerchantLinkErrors.Refused(merchant, Shortened(code) ?? $"HTTP {status}", Shortened(message) ?? "no reason given");
    }

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Shortened(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
