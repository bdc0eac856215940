using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// Classifies a hop's HTTP answer (gaps.md G32: status class first, code second). A 4xx is a refusal for good; a
/// timeout, a 5xx, 408, 429 or a 2xx we cannot read leaves the outcome unknown, to be retried under the same key.
/// Bodies are read leniently: <c>status:"completed"</c> may be missing (G27), <c>accepts</c> items may be objects (G34).
/// </summary>
internal static class HopAnswerReader
{
    public static HopAnswer Read(string request, PeerCallResult result)
    {
        if (result.StatusCode is not { } status)
        {
            return new HopAnswer.Unanswered(request, null, result.Problem ?? "no answer");
        }
        if (result.Signature == ResponseSignatureStatus.Invalid)
        {
            // gaps.md G7: an unsigned answer is fine, a wrongly signed one may be forged: it decides nothing.
            return new HopAnswer.Unanswered(request, status, $"HTTP {status} with a response signature that does not verify");
        }
        if (status is 408 or 429 || status >= 500)
        {
            return new HopAnswer.Unanswered(request, status, $"HTTP {status}{ErrorOf(result.Body)}");
        }
        if (status >= 400)
        {
            return new HopAnswer.Refused(request, status, $"HTTP {status}{ErrorOf(result.Body)}");
        }
        return status is >= 200 and < 300 && Parse(result.Body) is { } answer
            ? Classify(request, status, answer)
            : new HopAnswer.Unanswered(request, status, $"HTTP {status} with a body we cannot read");
    }

    private static HopAnswer Classify(string request, int status, JsonElement answer)
    {
        var state = LenientJson.Text(answer, "status")?.ToLowerInvariant();
        if (LenientJson.Field(answer, "proof") is not null)
        {
            return ProofEnvelopeReader.TryRead(answer, ProofStrictness.HopAnswer, out var envelope, out _)
                ? new HopAnswer.Proved(request, status, envelope)
                : new HopAnswer.Unanswered(request, status, "a proof we cannot read");
        }
        if (state is "expired" or "failed" or "cancelled" or "rejected")
        {
            return new HopAnswer.Refused(request, status, $"the payment is {state}");
        }
        if (LenientJson.Text(answer, "txid") is { } txid && state is null or "pending" or "pending_settlement")
        {
            return new HopAnswer.Pending(
                request, status, txid, Accepts(answer), LenientJson.Text(answer, "amount"), LenientJson.Text(answer, "currency"));
        }
        return new HopAnswer.Unanswered(request, status, $"an answer with status \"{state}\" and no proof");
    }

    private static IReadOnlyList<Ocid>? Accepts(JsonElement answer) =>
        LenientJson.Field(answer, "settlement") is { } settlement && LenientJson.Field(settlement, "accepts") is { ValueKind: JsonValueKind.Array } accepts
            ? [.. accepts.EnumerateArray().Select(a => LenientJson.OcidOf(a)).OfType<Ocid>()]
            : null;

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The error envelope's code and message, for the record and the shopper's reason.</summary>
    private static string ErrorOf(byte[] body)
    {
        if (Parse(body) is { } answer && LenientJson.Field(answer, "error") is { } error)
        {
            return $" {LenientJson.Text(error, "code")}: {LenientJson.Text(error, "message")}";
        }
        return body.Length == 0 ? "" : " " + Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));
    }
}
