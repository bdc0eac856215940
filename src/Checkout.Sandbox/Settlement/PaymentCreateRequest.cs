using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Sandbox.Http;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// A <c>PaymentCreateRequest</c> (objects.md §7): <c>to</c> is an integer OCID; the final proof's <c>to.reference</c>
/// is <c>order.id</c>, else <c>reference</c> (in a chain, the next hop's pending txid: gaps.md G28).
/// </summary>
internal sealed record PaymentCreateRequest(long To, string Amount, string Currency, string? Reference, DateTimeOffset? ExpiresAt, string? OrderId)
{
    public string? ProofReference => OrderId ?? Reference;

    public static (PaymentCreateRequest? Request, PeerError? Error) Read(ReadOnlyMemory<byte> body)
    {
        using var document = DecodableJson.Parse(body);
        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } root)
        {
            return (null, PeerError.InvalidRequest("The body must be a JSON object."));
        }
        var fields = new JsonFields("", []);
        var to = fields.Integer(root, required: true, "to");
        var amount = fields.RequiredString(root, 32, "amount");
        var currency = fields.RequiredString(root, 8, "currency");
        var reference = fields.OptionalString(root, PeerTransfer.MaxKeyLength, "reference");
        var expiresAt = fields.UnixSeconds(root, required: false, "expiresAt", "expires_at");
        var orderId = fields.Find(root, "order") is { ValueKind: JsonValueKind.Object } order ? fields.For("order.").OptionalString(order, PeerTransfer.MaxKeyLength, "id") : null;
        if (fields.HasProblems || to is null || amount is null || currency is null)
        {
            return (null, PeerError.InvalidRequest("The body is not a valid PaymentCreateRequest.") with { Details = fields.Problems });
        }
        return (new PaymentCreateRequest(to.Value, amount, currency, reference, expiresAt, orderId), null);
    }
}
