using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Sandbox.Http;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// A <c>TransferCreateRequest</c> (objects.md §6) as a sandbox settlement peer reads it: <c>to</c> may be a bare OCID
/// (gaps.md G13), and the proof's <c>to.reference</c> is <c>to.reference</c>, else <c>order.id</c> (endpoints.md A5).
/// </summary>
internal sealed record TransferCreateRequest(long? FromOcid, string? FromReference, long ToOcid, string? ToReference, string Amount, string Currency, string? Memo)
{
    public static (TransferCreateRequest? Request, PeerError? Error) Read(ReadOnlyMemory<byte> body)
    {
        using var document = DecodableJson.Parse(body);
        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } root)
        {
            return (null, PeerError.InvalidRequest("The body must be a JSON object."));
        }
        var fields = new JsonFields("", []);
        var from = fields.Find(root, "from");
        var to = fields.Find(root, "to");
        if (from is not { ValueKind: JsonValueKind.Object })
        {
            fields.Problem("from", "must be an object {ocid, reference}.");
        }
        var toOcid = to is { ValueKind: JsonValueKind.Number } ? fields.Integer(root, required: true, "to") : to is { } party ? fields.For("to.").Integer(party, required: true, "ocid") : null;
        if (to is null)
        {
            fields.Problem("to", "is required.");
        }
        var amount = fields.RequiredString(root, 32, "amount");
        var currency = fields.RequiredString(root, 8, "currency");
        var memo = fields.OptionalString(root, 500, "memo");
        var fromOcid = from is { } payer ? fields.For("from.").Integer(payer, required: false, "ocid") : null;
        var fromReference = from is { } sender ? fields.For("from.").OptionalString(sender, PeerTransfer.MaxKeyLength, "reference") : null;
        var toReference = to is { ValueKind: JsonValueKind.Object } recipient ? fields.For("to.").OptionalString(recipient, PeerTransfer.MaxKeyLength, "reference") : null;
        var orderId = fields.Find(root, "order") is { ValueKind: JsonValueKind.Object } order ? fields.For("order.").OptionalString(order, PeerTransfer.MaxKeyLength, "id") : null;
        if (fields.HasProblems || toOcid is null || amount is null || currency is null)
        {
            return (null, PeerError.InvalidRequest("The body is not a valid TransferCreateRequest.") with { Details = fields.Problems });
        }
        return (new TransferCreateRequest(fromOcid, fromReference, toOcid.Value, toReference ?? orderId, amount, currency, memo), null);
    }
}
