using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Reads a receiver's answer to <c>POST /transfer/webhook</c> (endpoints.md B5/C1, gaps.md G25): only 200 with
/// <c>status: "accepted"</c> delivers and only 200 <c>rejected</c> ends the delivery; everything else is retried.
/// </summary>
internal static class WebhookAnswer
{
    public static DeliveryOutcome Classify(PeerCallResult result)
    {
        if (result.StatusCode is not { } status)
        {
            return new DeliveryOutcome(DeliveryVerdict.RetryLater, "unresolved", null, result.Problem ?? "The receiver could not be resolved.", null);
        }

        var excerpt = Excerpt(result.Body);
        if (status == 401)
        {
            // Our signature was refused. The cached metadata may be stale (a moved endpoint, a rotated key), so the
            // caller refetches it; the next attempt follows the normal schedule.
            return new DeliveryOutcome(DeliveryVerdict.RetryLater, "unauthorized", status, $"HTTP 401: {excerpt}", excerpt, RefreshPeer: true);
        }
        if (status != 200)
        {
            return new DeliveryOutcome(DeliveryVerdict.RetryLater, "http-error", status, $"HTTP {status}: {excerpt}", excerpt);
        }
        if (result.Signature == ResponseSignatureStatus.Invalid)
        {
            // Unsigned answers are trusted (most receivers do not sign), but a signature that fails means the answer
            // may not be the receiver's: better to ask again than to record a forged "accepted".
            return new DeliveryOutcome(DeliveryVerdict.RetryLater, "bad-signature", status, "The response signature does not verify.", excerpt);
        }

        return ReadStatus(result.Body) switch
        {
            ("accepted", _) => new DeliveryOutcome(DeliveryVerdict.Delivered, "delivered", status, null, excerpt),
            ("rejected", var message) => new DeliveryOutcome(DeliveryVerdict.Rejected, "rejected", status, message ?? "Rejected without a message.", excerpt),
            _ => new DeliveryOutcome(DeliveryVerdict.RetryLater, "invalid-answer", status, $"HTTP 200 without status accepted or rejected: {excerpt}", excerpt),
        };
    }

    public static DeliveryOutcome Unreachable(Exception exception) =>
        new(DeliveryVerdict.RetryLater, "network-error", null, exception.Message, null);

    public static DeliveryOutcome TimedOut() =>
        new(DeliveryVerdict.RetryLater, "timeout", null, "The receiver did not answer in time.", null);

    private static (string? Status, string? Message) ReadStatus(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            return (StringMember(root, "status"), StringMember(root, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? StringMember(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Excerpt(byte[] body)
    {
        // Decode only what can end up in the excerpt: a receiver may answer with megabytes.
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, DeliveryAttempt.MaxExcerptLength * 4));
        return text.Length > DeliveryAttempt.MaxExcerptLength ? text[..DeliveryAttempt.MaxExcerptLength] : text;
    }
}
