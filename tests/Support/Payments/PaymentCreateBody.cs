using System.Text.Json;

using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.TestSupport.Transfers;

namespace OpenCharge.Checkout.TestSupport.Payments;

/// <summary>A parsed <c>PaymentCreateRequest</c> (objects.md §7): <c>to</c> is an integer OCID here (gaps.md G13).</summary>
internal sealed record PaymentCreateBody(long To, string Amount, string Currency, string? Reference, long? ExpiresAt, string? OrderId)
{
    public static (PaymentCreateBody? Body, PeerError? Error) Parse(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || WireFields.Ocid(root, "to") is not { } to
                || WireFields.Text(root, "amount") is not { } amount || !TransferCreateBody.IsAmount(amount)
                || WireFields.Text(root, "currency") is not { } currency)
            {
                return (null, PeerError.Invalid("to (an integer OCID), amount (a positive decimal string) and currency are required."));
            }
            var orderId = root.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Object ? WireFields.Text(order, "id") : null;
            return (new PaymentCreateBody(to, amount, currency, WireFields.Text(root, "reference"), WireFields.Integer(root, "expiresAt"), orderId), null);
        }
        catch (JsonException)
        {
            return (null, PeerError.Invalid("The body is not JSON."));
        }
    }
}
