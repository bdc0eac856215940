using System.Text.Json;
using System.Text.RegularExpressions;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>A parsed <c>TransferCreateRequest</c> (objects.md §6); <c>to</c> may be a bare integer (gaps.md G13).</summary>
internal sealed partial record TransferCreateBody(
    long? FromOcid, string? FromReference, long ToOcid, string? ToReference, string Amount, string Currency, string? Memo, string? OrderId)
{
    /// <summary>The reference the proof's <c>to</c> carries: <c>to.reference</c>, else <c>order.id</c> (endpoints.md A5).</summary>
    public string? ProofToReference => ToReference ?? OrderId;

    public static (TransferCreateBody? Body, PeerError? Error) Parse(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("to", out var to)
                || WireFields.Text(root, "amount") is not { } amount || !IsAmount(amount)
                || WireFields.Text(root, "currency") is not { } currency || !CurrencyCode().IsMatch(currency))
            {
                return (null, PeerError.Invalid("from, to, amount (a positive decimal string) and currency (ISO 4217) are required."));
            }
            var toOcid = to.ValueKind == JsonValueKind.Number ? to.GetInt64() : WireFields.Ocid(to, "ocid");
            if (toOcid is null)
            {
                return (null, PeerError.Invalid("to.ocid must be an integer."));
            }
            var orderId = root.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Object ? WireFields.Text(order, "id") : null;
            return (new TransferCreateBody(
                WireFields.Ocid(from, "ocid"), WireFields.Text(from, "reference"),
                toOcid.Value, to.ValueKind == JsonValueKind.Object ? WireFields.Text(to, "reference") : null,
                amount, currency, WireFields.Text(root, "memo"), orderId), null);
        }
        catch (Exception failure) when (failure is JsonException or FormatException or InvalidOperationException)
        {
            return (null, PeerError.Invalid("The body is not a valid TransferCreateRequest."));
        }
    }

    internal static bool IsAmount(string amount) => AmountFormat().IsMatch(amount) && amount.Any(c => c is >= '1' and <= '9');

    [GeneratedRegex("^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,8})?$")]
    private static partial Regex AmountFormat();

    [GeneratedRegex("^[A-Z]{3,5}$")]
    private static partial Regex CurrencyCode();
}
